import { css } from 'lit';

export const menuStyles = css`
  :host {
    position: relative;
    display: inline-block;
    vertical-align: middle;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--d1-space-2);
    min-width: var(--d1-target-size);
    min-height: var(--d1-target-size);
    padding: 0 var(--d1-space-3);
    border: 1px solid transparent;
    border-radius: var(--d1-radius-m);
    background: transparent;
    color: var(--d1-color-text);
    font: inherit;
    cursor: pointer;
  }
  .trigger:hover,
  :host([open]) .trigger {
    background: var(--d1-menu-item-background-hover);
  }
  .trigger:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .chevron {
    transition: transform var(--d1-duration-fast);
  }
  :host([open]) .chevron {
    transform: rotate(180deg);
  }
  .panel {
    position: absolute;
    z-index: var(--d1-z-overlay);
    top: calc(100% + var(--d1-space-1));
    inset-inline-start: 0;
    width: max-content;
    min-width: max(100%, 12rem);
    max-width: min(22rem, calc(100vw - 2 * var(--d1-space-4)));
    padding-block: var(--d1-space-1);
    border: 1px solid var(--d1-color-border-subtle);
    border-radius: var(--d1-radius-m);
    background: var(--d1-menu-background);
    box-shadow: var(--d1-menu-shadow);
    color: var(--d1-color-text);
  }
  :host([placement='bottom-end']) .panel,
  .panel.flip {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  :host([placement='bottom-end']) .panel.flip {
    inset-inline-start: 0;
    inset-inline-end: auto;
  }
  [role='menu'] {
    display: flex;
    flex-direction: column;
  }
  @media (forced-colors: active) {
    .trigger {
      border-color: ButtonText;
    }
    .panel {
      border-color: CanvasText;
    }
  }
`;
