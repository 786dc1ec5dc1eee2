import { css } from 'lit';

export const skeletonStyles = css`
  :host {
    display: block;
    width: var(--d1-skeleton-width);
  }
  :host([shape='circle']) {
    display: inline-block;
    vertical-align: middle;
    width: var(--d1-skeleton-size);
  }
  .shape {
    display: block;
    height: 1em;
    margin-block: calc((var(--d1-line-height) * 1em - 1em) / 2);
    border-radius: var(--d1-radius-s);
    background: linear-gradient(
        90deg,
        transparent 25%,
        var(--d1-skeleton-highlight) 50%,
        transparent 75%
      )
      var(--d1-skeleton-color);
    background-size: 200% 100%;
    animation: shimmer 1.6s linear infinite;
  }
  .shape:last-child:not(:first-child) {
    width: 60%;
  }
  :host([shape='rect']) .shape {
    height: var(--d1-skeleton-height);
    margin: 0;
    border-radius: var(--d1-radius-m);
  }
  :host([shape='circle']) .shape {
    height: var(--d1-skeleton-size);
    margin: 0;
    border-radius: var(--d1-radius-round);
  }
  @keyframes shimmer {
    from {
      background-position: 150% 0;
    }
    to {
      background-position: -50% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .shape {
      animation: none;
      background: var(--d1-skeleton-color);
    }
  }
  @media (forced-colors: active) {
    .shape {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
`;
