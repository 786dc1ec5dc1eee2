import { css } from 'lit';

export const errorPanelStyles = css`
  :host {
    display: block;
  }
  .base {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--d1-space-4);
    padding: var(--d1-space-6) var(--d1-space-4);
    background: var(--d1-error-panel-background);
    color: var(--d1-color-text);
    text-align: center;
  }
  .announced {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--d1-space-2);
    max-width: 40rem;
  }
  .icon {
    --d1-icon-size: 2.5rem;
    color: var(--d1-error-panel-icon-color);
  }
  .heading {
    margin: 0;
    font-size: var(--d1-font-size-xl);
    font-weight: var(--d1-font-weight-strong);
    line-height: 1.3;
  }
  .message {
    color: var(--d1-color-text-muted);
  }
  .message ::slotted(*) {
    margin-block: 0;
  }
  .details {
    width: min(40rem, 100%);
    text-align: start;
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--d1-target-size);
    cursor: pointer;
    color: var(--d1-color-accent-text);
  }
  summary::before {
    content: '▸' / '';
    margin-inline-end: var(--d1-space-2);
  }
  details[open] > summary::before {
    content: '▾' / '';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  pre {
    margin: 0;
    padding: var(--d1-space-3);
    border: 1px solid var(--d1-color-border-subtle);
    border-radius: var(--d1-radius-s);
    background: var(--d1-color-surface-sunken);
    color: var(--d1-color-text);
    font-family: var(--d1-font-family-mono);
    font-size: var(--d1-font-size-s);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
