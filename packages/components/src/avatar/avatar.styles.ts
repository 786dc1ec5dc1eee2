import { css } from 'lit';

export const avatarStyles = css`
  :host {
    --_size: var(--d1-avatar-size);
    display: inline-block;
    flex: none;
    vertical-align: middle;
    width: var(--_size);
    height: var(--_size);
  }
  :host([size='s']) {
    --_size: calc(var(--d1-avatar-size) * 0.8);
  }
  :host([size='l']) {
    --_size: calc(var(--d1-avatar-size) * 1.4);
  }
  .base {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    height: 100%;
    overflow: hidden;
    border-radius: var(--d1-radius-round);
    background: var(--d1-avatar-background);
    color: var(--d1-avatar-text);
  }
  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .initials {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    height: 100%;
    font-size: calc(var(--_size) * 0.4);
    font-weight: var(--d1-font-weight-strong);
    line-height: 1;
    user-select: none;
  }
  svg {
    width: 60%;
    height: 60%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }
  }
`;
