import { css } from 'lit';

/** What every view of the app shares: sections, lists of absences, visually hidden text. */
export const sharedStyles = css`
  :host {
    display: block;
    color: var(--d1-color-text);
    font-family: var(--d1-font-family);
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
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--d1-focus-ring);
    outline-offset: var(--d1-focus-ring-offset);
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (max-width: 30rem) {
    .absence {
      grid-template-columns: 1fr;
    }
    .absence .actions {
      justify-content: flex-start;
    }
  }
`;
