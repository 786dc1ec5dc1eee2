import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  :host([full-width]) {
    display: block;
  }
  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--d1-space-2);
    width: 100%;
    min-height: var(--d1-target-size);
    padding: 0 var(--d1-space-4);
    border: 2px solid transparent;
    border-radius: var(--d1-button-radius);
    font: inherit;
    font-weight: var(--d1-button-font-weight);
    text-decoration: none;
    cursor: pointer;
    background: var(--d1-button-primary-background);
    color: var(--d1-button-primary-text);
    transition: background-color var(--d1-duration-fast);
  }
  .control:hover {
    background: var(--d1-button-primary-background-hover);
  }
  :host([variant='secondary']) .control {
    background: var(--d1-button-secondary-background);
    color: var(--d1-button-secondary-text);
    border-color: var(--d1-button-secondary-border);
  }
  :host([variant='secondary']) .control:hover,
  :host([variant='ghost']) .control:hover {
    background: var(--d1-button-ghost-background-hover);
  }
  :host([variant='ghost']) .control {
    background: transparent;
    color: var(--d1-button-ghost-text);
  }
  :host([variant='danger']) .control {
    background: var(--d1-button-danger-background);
    color: var(--d1-button-danger-text);
  }
  :host([size='s']) .control {
    min-height: 2rem;
    padding: 0 var(--d1-space-3);
    font-size: var(--d1-font-size-s);
  }
  :host([size='l']) .control {
    min-height: 3.25rem;
    padding: 0 var(--d1-space-5);
    font-size: var(--d1-font-size-l);
  }
  :host([disabled]) .control,
  :host([loading]) .control {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :host([loading]) .control {
    cursor: progress;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }
    :host([disabled]) .control {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
