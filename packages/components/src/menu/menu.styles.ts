import { css } from 'lit';

export const menuStyles = css`
  .trigger {
    gap: var(--d1-space-2);
    padding: 0 var(--d1-space-3);
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
    inset-inline-start: 0;
    min-width: max(100%, 12rem);
    max-width: min(22rem, calc(100vw - 2 * var(--d1-space-4)));
    padding-block: var(--d1-space-1);
    border-radius: var(--d1-radius-m);
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
