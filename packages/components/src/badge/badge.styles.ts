import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    --_bg: var(--d1-color-neutral-subtle);
    --_fg: var(--d1-color-text);
  }
  :host([variant='accent']) {
    --_bg: var(--d1-color-accent-subtle);
    --_fg: var(--d1-color-accent-text);
  }
  :host([variant='success']) {
    --_bg: var(--d1-color-success-subtle);
    --_fg: var(--d1-color-success);
  }
  :host([variant='warning']) {
    --_bg: var(--d1-color-warning-subtle);
    --_fg: var(--d1-color-warning);
  }
  :host([variant='danger']) {
    --_bg: var(--d1-color-danger-subtle);
    --_fg: var(--d1-color-danger);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.5em;
    padding: 0 var(--d1-space-2);
    border: 1px solid transparent;
    border-radius: var(--d1-badge-radius);
    background: var(--_bg);
    color: var(--_fg);
    font-size: var(--d1-badge-font-size);
    font-weight: var(--d1-font-weight-strong);
    line-height: 1.5;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
