import { css } from 'lit';

/**
 * The portal page's styles (`<d1-shell>`): the header with the skip link and brand, the navigation
 * beside the main area (above it on a narrow screen), the footer, and the live region.
 */
export const shellStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 100vh;
    color: var(--d1-color-text);
    background: var(--d1-color-surface-sunken);
    font-family: var(--d1-font-family);
  }
  .skip {
    position: absolute;
    inset-inline-start: var(--d1-space-2);
    inset-block-start: -10rem;
    padding: var(--d1-space-2) var(--d1-space-3);
    background: var(--d1-color-surface-raised);
    color: var(--d1-color-accent-text);
    border-radius: var(--d1-radius-s);
    z-index: var(--d1-z-overlay);
  }
  .skip:focus {
    inset-block-start: var(--d1-space-2);
    outline: var(--d1-focus-ring);
    outline-offset: var(--d1-focus-ring-offset);
  }
  header {
    display: flex;
    align-items: center;
    gap: var(--d1-space-2) var(--d1-space-3);
    flex-wrap: wrap;
    padding: var(--d1-space-2) var(--d1-space-4);
    background: var(--d1-color-surface);
    border-block-end: 1px solid var(--d1-color-border-subtle);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: var(--d1-space-2);
    min-block-size: 2.75rem;
    font-size: var(--d1-font-size-l);
    font-weight: var(--d1-font-weight-strong);
    color: var(--d1-color-text);
    text-decoration: none;
    margin-inline-end: auto;
    border-radius: var(--d1-radius-s);
  }
  .brand img {
    inline-size: 2rem;
    block-size: 2rem;
  }
  a:focus-visible {
    outline: var(--d1-focus-ring);
    outline-offset: var(--d1-focus-ring-offset);
  }
  .body {
    flex: 1;
    display: flex;
    align-items: stretch;
    min-inline-size: 0;
  }
  d1-shell-nav {
    flex: 0 0 15rem;
    background: var(--d1-color-surface);
    border-inline-end: 1px solid var(--d1-color-border-subtle);
  }
  main {
    flex: 1;
    min-inline-size: 0;
    padding: var(--d1-space-5) var(--d1-space-4);
    outline: none;
  }
  main:focus-visible {
    outline: var(--d1-focus-ring);
    outline-offset: calc(-1 * var(--d1-focus-ring-offset));
  }
  h1 {
    margin: 0 0 var(--d1-space-3);
    font-size: var(--d1-font-size-xl);
    font-weight: var(--d1-font-weight-strong);
  }
  .busy {
    display: flex;
    align-items: center;
    gap: var(--d1-space-3);
  }
  .signing-in {
    justify-content: center;
    min-block-size: 60vh;
  }
  footer {
    padding: var(--d1-space-4);
    background: var(--d1-color-surface);
    border-block-start: 1px solid var(--d1-color-border-subtle);
  }
  footer ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--d1-space-2) var(--d1-space-5);
  }
  footer a {
    display: inline-block;
    padding-block: var(--d1-space-1);
    color: var(--d1-color-accent-text);
  }
  /* Text that is read but not shown (the live region). As the component library's baseStyles has
     it: the frame's first paint loads no component module, so it cannot import them. */
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
  @media (max-width: 48rem) {
    .body {
      flex-direction: column;
    }
    d1-shell-nav {
      flex: none;
      border-inline-end: none;
      border-block-end: 1px solid var(--d1-color-border-subtle);
    }
    header {
      padding-inline: var(--d1-space-3);
    }
    main {
      padding: var(--d1-space-4) var(--d1-space-3);
    }
  }
`;
