import { css } from 'lit';

/** What every DigiOne popup's element looks like: its trigger button and the panel it opens. */
export const popupStyles = css`
  :host {
    position: relative;
    display: inline-block;
    vertical-align: middle;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--d1-target-size);
    min-height: var(--d1-target-size);
    border: 1px solid transparent;
    border-radius: var(--d1-radius-m);
    background: transparent;
    color: var(--d1-color-text);
    font: inherit;
    cursor: pointer;
  }
  .panel {
    position: absolute;
    z-index: var(--d1-z-overlay);
    top: calc(100% + var(--d1-space-1));
    width: max-content;
    border: 1px solid var(--d1-color-border-subtle);
    background: var(--d1-menu-background);
    box-shadow: var(--d1-menu-shadow);
    color: var(--d1-color-text);
  }
`;
