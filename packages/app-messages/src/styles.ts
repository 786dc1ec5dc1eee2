import { css } from 'lit';
import { baseStyles } from '@digione/components';

/**
 * The Messages app's look, from DigiOne's design tokens only, starting from DigiOne's base (box
 * sizing, font, focus ring, hidden-but-spoken text).
 */
export const messagesStyles = [
  baseStyles,
  css`
    :host {
      display: block;
      color: var(--d1-color-text);
    }
    h2,
    h3,
    h4 {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: var(--d1-font-size-xl);
    }
    h3 {
      font-size: var(--d1-font-size-l);
    }
    h4 {
      font-size: var(--d1-font-size-m);
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: var(--d1-focus-ring);
      outline-offset: var(--d1-focus-ring-offset);
    }
    a {
      color: var(--d1-color-accent-text);
    }
    a:focus-visible {
      outline: var(--d1-focus-ring);
      outline-offset: var(--d1-focus-ring-offset);
      border-radius: var(--d1-radius-s);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--d1-space-3);
      margin-block-end: var(--d1-space-4);
    }
    .view {
      display: flex;
      flex-direction: column;
      gap: var(--d1-space-3);
    }
    .muted {
      color: var(--d1-color-text-muted);
    }
    .summary {
      margin: 0;
    }
    .threads,
    .messages,
    .recipients {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .threads {
      border-top: 1px solid var(--d1-color-border-subtle);
    }
    .threads li {
      border-bottom: 1px solid var(--d1-color-border-subtle);
    }
    .thread-link {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: var(--d1-space-1) var(--d1-space-3);
      padding: var(--d1-space-3) var(--d1-space-2);
      color: inherit;
      text-decoration: none;
      min-height: var(--d1-target-size);
    }
    .thread-link:hover {
      background: var(--d1-color-surface-sunken);
    }
    .thread-link:hover .subject {
      text-decoration: underline;
    }
    .subject {
      color: var(--d1-color-accent-text);
      overflow-wrap: anywhere;
    }
    .unread .subject,
    .unread .party {
      font-weight: var(--d1-font-weight-strong);
    }
    .unread .thread-link {
      border-inline-start: 4px solid var(--d1-color-accent);
      padding-inline-start: calc(var(--d1-space-2) - 4px);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--d1-space-2);
      min-width: 0;
    }
    .party,
    .where {
      font-size: var(--d1-font-size-s);
    }
    .where {
      color: var(--d1-color-text-muted);
    }
    time {
      color: var(--d1-color-text-muted);
      font-size: var(--d1-font-size-s);
      white-space: nowrap;
    }
    .messages {
      display: flex;
      flex-direction: column;
      gap: var(--d1-space-3);
    }
    .message {
      padding: var(--d1-space-3) var(--d1-space-4);
      border: 1px solid var(--d1-color-border-subtle);
      border-radius: var(--d1-radius-m);
      background: var(--d1-color-surface-raised);
    }
    .message.mine {
      background: var(--d1-color-accent-subtle);
    }
    .message header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--d1-space-2);
      margin-block-end: var(--d1-space-2);
    }
    /* Plain text as it was written: its line breaks kept, never HTML. */
    .body {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: var(--d1-space-3);
    }
    fieldset {
      margin: 0;
      padding: var(--d1-space-3);
      border: 1px solid var(--d1-color-border);
      border-radius: var(--d1-radius-m);
    }
    legend {
      padding-inline: var(--d1-space-1);
      font-weight: var(--d1-font-weight-strong);
    }
    .recipients {
      display: flex;
      flex-direction: column;
      gap: var(--d1-space-1);
      max-height: 20rem;
      overflow-y: auto;
    }
    .recipients label {
      display: flex;
      align-items: flex-start;
      gap: var(--d1-space-2);
      min-height: var(--d1-target-size);
      padding-block: var(--d1-space-1);
      cursor: pointer;
    }
    .recipients input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.15rem 0 0;
      accent-color: var(--d1-color-accent);
      flex: none;
    }
    .recipients input:focus-visible {
      outline: var(--d1-focus-ring);
      outline-offset: var(--d1-focus-ring-offset);
    }
    .who {
      display: flex;
      flex-direction: column;
    }
    .field-error {
      margin: var(--d1-space-2) 0 0;
      color: var(--d1-color-danger);
      font-weight: var(--d1-font-weight-strong);
      font-size: var(--d1-font-size-s);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--d1-space-2);
    }
    .loading {
      display: flex;
      flex-direction: column;
      gap: var(--d1-space-3);
    }
    .hint {
      margin: 0 0 var(--d1-space-2);
    }
    @media (forced-colors: active) {
      .unread .thread-link {
        border-inline-start-color: Highlight;
      }
      .message {
        border-color: CanvasText;
      }
    }
  `,
];

/** The "Uudet viestit" widget on the portal's home page, from the same base. */
export const widgetStyles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    h3 {
      margin: 0 0 var(--d1-space-2);
      font-size: var(--d1-font-size-m);
    }
    p {
      margin: 0;
    }
    ul {
      list-style: none;
      margin: 0 0 var(--d1-space-2);
      padding: 0;
    }
    li {
      padding: var(--d1-space-1) 0;
    }
    a {
      color: var(--d1-color-accent-text);
    }
    .where {
      display: block;
      color: var(--d1-color-text-muted);
      font-size: var(--d1-font-size-s);
    }
  `,
];
