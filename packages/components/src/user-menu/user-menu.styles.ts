import { css } from 'lit';

export const userMenuStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  .trigger-content {
    display: inline-flex;
    align-items: center;
    gap: var(--d1-space-2);
  }
  .initials {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    border-radius: var(--d1-radius-round);
    background: var(--d1-color-accent-subtle);
    color: var(--d1-color-accent-text);
    font-size: var(--d1-font-size-s);
    font-weight: var(--d1-font-weight-strong);
  }
  .initials::before {
    content: attr(data-initials);
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--d1-space-3);
    padding: var(--d1-space-2) var(--d1-space-4) var(--d1-space-3);
  }
  .header .initials {
    width: 2.5rem;
    height: 2.5rem;
    font-size: var(--d1-font-size-m);
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .who .name {
    font-weight: var(--d1-font-weight-strong);
  }
  .role {
    color: var(--d1-color-text-muted);
    font-size: var(--d1-font-size-s);
  }
  @media (max-width: 40rem) {
    .trigger-content .name {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .initials {
      border: 1px solid CanvasText;
    }
  }
`;
