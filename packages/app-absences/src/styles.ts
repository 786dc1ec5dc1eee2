import { css } from 'lit';
import { baseStyles } from '@digione/components';

/**
 * What every view of the app shares: DigiOne's base (box sizing, font, focus ring, hidden-but-spoken
 * text), then the app's sections and lists of absences.
 */
export const sharedStyles = [
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
      font-size: var(--d1-font-size-m);
    }
    p {
      margin: 0;
    }
    section {
      display: grid;
      gap: var(--d1-space-3);
      margin-block-end: var(--d1-space-6);
    }
    /* A heading that takes the focus programmatically shows the ring only to keyboard users. */
    [tabindex='-1']:focus:not(:focus-visible) {
      outline: none;
    }
    .lead {
      color: var(--d1-color-text-muted);
    }
    .absences {
      display: grid;
      gap: var(--d1-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .absence {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: var(--d1-space-1) var(--d1-space-3);
      align-items: start;
      padding: var(--d1-space-3);
      border: 1px solid var(--d1-color-border);
      border-radius: var(--d1-radius-m);
      background: var(--d1-color-surface);
    }
    .absence > .details {
      display: grid;
      gap: var(--d1-space-1);
    }
    .absence .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--d1-space-2);
      align-items: center;
      justify-content: flex-end;
    }
    .message {
      color: var(--d1-color-text-muted);
      overflow-wrap: anywhere;
    }
    @media (max-width: 30rem) {
      .absence {
        grid-template-columns: 1fr;
      }
      .absence .actions {
        justify-content: flex-start;
      }
    }
  `,
];
