import { css } from 'lit';

/** Styles the app's views share: DigiOne's tokens only, so themes and tenant branding apply. */
export const viewStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--d1-color-text);
    font-family: var(--d1-font-family);
    line-height: var(--d1-line-height);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: var(--d1-focus-ring);
    outline-offset: var(--d1-focus-ring-offset);
  }
`;
