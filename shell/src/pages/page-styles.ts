import { css } from 'lit';
import { baseStyles } from '@digione/components';

/**
 * The headings of the shell's pages (home included): the scale, and a focus ring on the level-one
 * heading only when the keyboard put it there (each page moves focus to its heading after a route
 * change). Each page sets the margins its layout wants.
 */
export const headingStyles = css`
  h1 {
    font-size: var(--d1-font-size-xl);
    font-weight: var(--d1-font-weight-strong);
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: var(--d1-focus-ring);
    outline-offset: var(--d1-focus-ring-offset);
  }
  h2 {
    font-size: var(--d1-font-size-l);
    font-weight: var(--d1-font-weight-strong);
  }
`;

/**
 * What the shell's own content pages share: DigiOne's base styles, a readable column that fits a
 * 360 px phone, the headings, and links that look like links.
 */
export const pageStyles = [
  baseStyles,
  headingStyles,
  css`
    :host {
      display: block;
      max-inline-size: 48rem;
      color: var(--d1-color-text);
      overflow-wrap: break-word;
    }
    :host([hidden]) {
      display: none;
    }
    h1 {
      margin: 0 0 var(--d1-space-4);
      line-height: 1.3;
    }
    h2 {
      margin: var(--d1-space-5) 0 var(--d1-space-3);
      line-height: 1.3;
    }
    h3 {
      margin: var(--d1-space-4) 0 var(--d1-space-2);
      font-size: var(--d1-font-size-m);
      font-weight: var(--d1-font-weight-strong);
    }
    p,
    ul {
      margin: 0 0 var(--d1-space-3);
    }
    ul {
      padding-inline-start: var(--d1-space-5);
    }
    li + li {
      margin-block-start: var(--d1-space-2);
    }
    a {
      color: var(--d1-color-accent-text);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    a:focus-visible {
      outline: var(--d1-focus-ring);
      outline-offset: var(--d1-focus-ring-offset);
      border-radius: var(--d1-radius-s);
    }
    code {
      font-family: var(--d1-font-family-mono);
      font-size: 0.95em;
      padding: 0 var(--d1-space-1);
      border-radius: var(--d1-radius-s);
      background: var(--d1-color-neutral-subtle);
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--d1-color-text-muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--d1-space-3) var(--d1-space-5);
      margin-block-start: var(--d1-space-5);
    }
    .actions a {
      display: inline-flex;
      align-items: center;
      gap: var(--d1-space-2);
      min-block-size: var(--d1-target-size);
    }
  `,
];
