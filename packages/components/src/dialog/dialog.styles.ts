import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: var(--d1-dialog-width);
    max-width: none;
    max-height: calc(100dvh - 2 * var(--d1-space-4));
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--d1-dialog-radius);
    background: var(--d1-dialog-background);
    color: var(--d1-color-text);
    box-shadow: var(--d1-shadow-2);
    overflow: hidden;
  }
  dialog::backdrop {
    background: var(--d1-dialog-backdrop);
  }
  dialog[open] {
    animation: enter var(--d1-duration-slow) ease-out;
  }
  .panel {
    display: flex;
    flex-direction: column;
    max-height: calc(100dvh - 2 * var(--d1-space-4));
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--d1-space-2);
    padding-block: var(--d1-space-4) 0;
    padding-inline: var(--d1-space-5) var(--d1-space-3);
  }
  .label {
    flex: 1;
    margin: 0;
    padding-block-start: var(--d1-space-1);
    font-size: var(--d1-font-size-l);
    font-weight: var(--d1-font-weight-strong);
    line-height: 1.3;
  }
  .close {
    flex: none;
    --d1-button-ghost-text: var(--d1-color-text);
    --d1-button-ghost-background-hover: var(--d1-color-neutral-subtle);
  }
  .close::part(control) {
    width: var(--d1-target-size);
    padding: 0;
  }
  .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    padding: var(--d1-space-3) var(--d1-space-5) var(--d1-space-5);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--d1-space-2);
    padding: var(--d1-space-3) var(--d1-space-5) var(--d1-space-4);
    border-block-start: 1px solid var(--d1-color-border-subtle);
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
