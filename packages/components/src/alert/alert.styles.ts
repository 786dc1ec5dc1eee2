import { css } from 'lit';

export const alertStyles = css`
  :host {
    display: block;
    --_background: var(--d1-alert-info-background);
    --_accent: var(--d1-alert-info-accent);
  }
  :host([hidden]) {
    display: none;
  }
  :host([variant='success']) {
    --_background: var(--d1-alert-success-background);
    --_accent: var(--d1-alert-success-accent);
  }
  :host([variant='warning']) {
    --_background: var(--d1-alert-warning-background);
    --_accent: var(--d1-alert-warning-accent);
  }
  :host([variant='danger']) {
    --_background: var(--d1-alert-danger-background);
    --_accent: var(--d1-alert-danger-accent);
  }
  .base {
    display: flex;
    align-items: flex-start;
    gap: var(--d1-space-3);
    padding: var(--d1-alert-padding);
    border: 1px solid var(--_accent);
    border-inline-start-width: 0.25rem;
    border-radius: var(--d1-alert-radius);
    background: var(--_background);
    color: var(--d1-color-text);
  }
  .icon {
    --d1-icon-size: 1.25rem;
    margin-block-start: 0.125rem;
    color: var(--_accent);
  }
  .content {
    flex: 1;
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-weight: var(--d1-font-weight-strong);
  }
  .message ::slotted(*) {
    margin-block: 0;
  }
  .close {
    flex: none;
    margin-block-start: calc(-1 * var(--d1-space-1));
    margin-inline-end: calc(-1 * var(--d1-space-2));
    --d1-button-ghost-text: var(--d1-color-text);
    --d1-button-ghost-background-hover: var(--d1-color-neutral-subtle);
  }
  .close::part(control) {
    width: 2rem;
    padding: 0;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
