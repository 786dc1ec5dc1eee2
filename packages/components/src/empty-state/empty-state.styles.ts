import { css } from 'lit';

export const emptyStateStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--d1-space-3);
    padding: var(--d1-space-6) var(--d1-space-4);
    color: var(--d1-color-text);
    text-align: center;
  }
  .icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 4rem;
    height: 4rem;
    border-radius: var(--d1-radius-round);
    background: var(--d1-color-neutral-subtle);
    color: var(--d1-color-text-muted);
    --d1-icon-size: 2rem;
  }
  .heading {
    font-size: var(--d1-font-size-l);
    font-weight: var(--d1-font-weight-strong);
    line-height: 1.3;
  }
  .description {
    max-width: 36rem;
    color: var(--d1-color-text-muted);
  }
  ::slotted(*) {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--d1-space-2);
  }
`;
