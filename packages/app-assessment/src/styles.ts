import { css } from 'lit';
import { baseStyles } from '@digione/components';

/**
 * Styles the app's views share: DigiOne's base (box sizing, font, focus ring, hidden-but-spoken
 * text), then the app's own, with DigiOne's tokens only, so themes and tenant branding apply.
 */
export const viewStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      color: var(--d1-color-text);
    }
    h2,
    h3 {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: var(--d1-font-size-xl);
    }
    h3 {
      font-size: var(--d1-font-size-l);
    }
    p {
      margin: 0;
    }
    .stack {
      display: flex;
      flex-direction: column;
      gap: var(--d1-space-4);
    }
    .meta {
      color: var(--d1-color-text-muted);
    }
    .loading {
      display: flex;
      flex-direction: column;
      gap: var(--d1-space-3);
    }
  `,
];

/** The teacher's form: the group chooser, a fieldset per pupil, the buttons kept in view. */
export const formStyles = css`
  .chooser {
    max-width: 28rem;
  }
  .pupils {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--d1-space-3);
  }
  fieldset {
    margin: 0;
    padding: var(--d1-space-3) var(--d1-space-4) var(--d1-space-4);
    border: 1px solid var(--d1-color-border-subtle);
    border-radius: var(--d1-radius-m);
    background: var(--d1-color-surface-raised);
    display: grid;
    gap: var(--d1-space-3);
    grid-template-columns: minmax(0, 1fr);
  }
  fieldset.changed {
    border-color: var(--d1-color-accent);
  }
  legend {
    padding: 0 var(--d1-space-1);
    font-weight: var(--d1-font-weight-strong);
    display: flex;
    align-items: center;
    gap: var(--d1-space-2);
  }
  @media (min-width: 48rem) {
    fieldset {
      grid-template-columns: 14rem minmax(0, 1fr);
      align-items: start;
    }
  }
  .actions {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--d1-space-3);
    padding: var(--d1-space-3) 0;
    background: var(--d1-color-surface);
    border-top: 1px solid var(--d1-color-border-subtle);
  }
`;

/** The principal's tables, each in a scroll container of its own. */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--d1-color-border-subtle);
    border-radius: var(--d1-radius-m);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: var(--d1-font-weight-strong);
    padding: var(--d1-space-3) var(--d1-space-3) var(--d1-space-2);
  }
  th,
  td {
    padding: var(--d1-space-2) var(--d1-space-3);
    border-top: 1px solid var(--d1-color-border-subtle);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--d1-color-surface-sunken);
    font-weight: var(--d1-font-weight-strong);
  }
  tbody th {
    font-weight: var(--d1-font-weight-normal);
  }
  .number {
    text-align: end;
    white-space: nowrap;
  }
`;
