import { css } from 'lit';

/**
 * What the shell's own content pages share: a readable column that fits a 360 px phone, the heading
 * scale, links that look like links, and a focus ring on the heading only when the keyboard put it
 * there (each page moves focus to its heading after a route change).
 */
export const pageStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 48rem;
    color: var(--d1-color-text);
    font-family: var(--d1-font-family);
    line-height: var(--d1-line-height);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1 {
    margin: 0 0 var(--d1-space-4);
    font-size: var(--d1-font-size-xl);
    font-weight: var(--d1-font-weight-strong);
    line-height: 1.3;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: var(--d1-focus-ring);
    outline-offset: var(--d1-focus-ring-offset);
  }
  h2 {
    margin: var(--d1-space-5) 0 var(--d1-space-3);
    font-size: var(--d1-font-size-l);
    font-weight: var(--d1-font-weight-strong);
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
`;

/** Text that is read but not shown (the shell's live region, an app page's heading while the app runs). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
