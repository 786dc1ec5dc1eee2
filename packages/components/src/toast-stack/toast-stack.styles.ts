import { css } from 'lit';

export const toastStackStyles = css`
  :host {
    display: block;
  }
  .stack {
    position: fixed;
    z-index: var(--d1-z-overlay);
    inset-block-end: var(--d1-space-4);
    inset-inline-end: var(--d1-space-4);
    display: flex;
    flex-direction: column;
    gap: var(--d1-space-2);
    width: var(--d1-toast-width);
    pointer-events: none;
  }
  :host([placement='top-end']) .stack {
    inset-block: var(--d1-space-4) auto;
  }
  :host([placement='bottom-center']) .stack {
    inset-inline: 0;
    margin-inline: auto;
  }
  .toast {
    --_accent: var(--d1-color-accent-text);
    display: flex;
    align-items: flex-start;
    gap: var(--d1-space-3);
    padding: var(--d1-space-3);
    padding-inline-start: var(--d1-space-4);
    border: 1px solid var(--d1-color-border-subtle);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--d1-radius-m);
    background: var(--d1-toast-background);
    box-shadow: var(--d1-toast-shadow);
    color: var(--d1-color-text);
    pointer-events: auto;
    animation: enter var(--d1-duration-slow) ease-out;
  }
  .toast[data-variant='success'] {
    --_accent: var(--d1-color-success);
  }
  .toast[data-variant='warning'] {
    --_accent: var(--d1-color-warning);
  }
  .toast[data-variant='danger'] {
    --_accent: var(--d1-color-danger);
  }
  .icon {
    --d1-icon-size: 1.25rem;
    margin-block-start: 0.375rem;
    color: var(--_accent);
  }
  .text {
    flex: 1;
    min-width: 0;
    padding-block: 0.25rem;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .heading {
    font-weight: var(--d1-font-weight-strong);
  }
  .source {
    color: var(--d1-color-text-muted);
    font-size: var(--d1-font-size-s);
  }
  .action,
  .close {
    flex: none;
  }
  .close {
    --d1-button-ghost-text: var(--d1-color-text);
  }
  .close::part(control) {
    width: 2rem;
    padding: 0;
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  @media (forced-colors: active) {
    .toast {
      border-color: CanvasText;
    }
  }
`;
