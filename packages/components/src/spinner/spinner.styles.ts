import { css } from 'lit';

export const spinnerStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    width: var(--d1-spinner-size);
    height: var(--d1-spinner-size);
  }
  .ring {
    display: block;
    width: 100%;
    height: 100%;
    border: max(2px, calc(var(--d1-spinner-size) / 8)) solid var(--d1-spinner-track);
    border-top-color: var(--d1-spinner-color);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (forced-colors: active) {
    .ring {
      border-color: GrayText;
      border-top-color: CanvasText;
    }
  }
`;
