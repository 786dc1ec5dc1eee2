import { css } from 'lit';

/** Styles every DigiOne element shares: box sizing, font, the focus ring, and hidden-but-spoken text. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--d1-font-family);
    line-height: var(--d1-line-height);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--d1-focus-ring);
    outline-offset: var(--d1-focus-ring-offset);
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
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
