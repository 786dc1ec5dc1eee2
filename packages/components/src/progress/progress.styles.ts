import { css } from 'lit';

export const progressStyles = css`
  :host {
    display: block;
    color: var(--d1-color-text);
  }
  .header {
    display: flex;
    justify-content: space-between;
    gap: var(--d1-space-2);
    margin-bottom: var(--d1-space-1);
    font-size: var(--d1-font-size-s);
  }
  .value {
    color: var(--d1-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .track {
    position: relative;
    height: var(--d1-progress-height);
    overflow: hidden;
    border-radius: var(--d1-radius-round);
    background: var(--d1-progress-track);
  }
  .indicator {
    height: 100%;
    width: calc(var(--_fraction, 0) * 100%);
    border-radius: inherit;
    background: var(--d1-progress-color);
    transition: width var(--d1-duration-slow);
  }
  .indeterminate {
    position: absolute;
    inset-block: 0;
    left: 0;
    width: 40%;
    transition: none;
    animation: slide 1.4s ease-in-out infinite;
  }
  @keyframes slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .indeterminate {
      width: 100%;
      background: repeating-linear-gradient(
        -45deg,
        var(--d1-progress-color) 0 0.5rem,
        transparent 0.5rem 1rem
      );
    }
  }
  @media (forced-colors: active) {
    .track {
      border: 1px solid CanvasText;
    }
    .indicator {
      forced-color-adjust: none;
      background: Highlight;
    }
    .indeterminate {
      background: repeating-linear-gradient(-45deg, Highlight 0 0.5rem, transparent 0.5rem 1rem);
    }
  }
`;
