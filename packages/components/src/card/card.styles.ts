import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--d1-space-2);
    height: 100%;
    padding: var(--d1-card-padding);
    overflow: hidden;
    border: var(--d1-card-border);
    border-radius: var(--d1-card-radius);
    background: var(--d1-card-background);
    box-shadow: var(--d1-card-shadow);
    color: var(--d1-color-text);
  }
  .media {
    order: -1;
    margin: calc(-1 * var(--d1-card-padding)) calc(-1 * var(--d1-card-padding)) var(--d1-space-2);
  }
  ::slotted([slot='media']) {
    display: block;
    width: 100%;
    height: auto;
    object-fit: cover;
  }
  .heading {
    font-size: var(--d1-font-size-l);
    font-weight: var(--d1-font-weight-strong);
    line-height: 1.3;
  }
  .content {
    flex: 1;
  }
  .content,
  .footer {
    color: var(--d1-color-text);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--d1-space-2);
    margin-top: var(--d1-space-2);
  }
  .linked {
    position: relative;
    transition: box-shadow var(--d1-duration-fast);
  }
  .linked:hover {
    box-shadow: var(--d1-shadow-2);
  }
  .link {
    color: var(--d1-color-accent-text);
    text-decoration: none;
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
    cursor: pointer;
  }
  .linked:hover .link {
    text-decoration: underline;
  }
  .link:focus-visible {
    outline: none;
    text-decoration: underline;
  }
  .link:focus-visible::after {
    outline: var(--d1-focus-ring);
    outline-offset: calc(-1 * var(--d1-focus-ring-offset) - 2px);
    border-radius: var(--d1-card-radius);
  }
  .linked .footer {
    position: relative;
    z-index: 1;
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .link {
      color: LinkText;
    }
  }
`;
