import { css } from 'lit';

export const appSwitcherStyles = css`
  :host {
    /* Wide enough for a long Finnish word, such as "Lukujärjestys", on one line. */
    --_tile-width: calc(var(--d1-app-tile-size) + var(--d1-space-5));
  }
  :host([inline]) {
    display: block;
  }
  .trigger {
    --d1-icon-size: 1.5rem;
  }
  .trigger:hover,
  :host([open]) .trigger {
    background: var(--d1-app-tile-background-hover);
  }
  .panel {
    inset-inline-end: 0;
    max-width: calc(100vw - 2 * var(--d1-space-4));
    padding: var(--d1-space-3);
    border-radius: var(--d1-radius-l);
  }
  .panel.flip {
    inset-inline-start: 0;
    inset-inline-end: auto;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, var(--_tile-width)));
    gap: var(--d1-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([inline]) .grid {
    grid-template-columns: repeat(auto-fill, minmax(var(--_tile-width), 1fr));
  }
  .tile {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--d1-space-1);
    height: 100%;
    min-height: var(--d1-app-tile-size);
    padding: var(--d1-space-2);
    border: 1px solid var(--d1-color-border-subtle);
    border-radius: var(--d1-radius-m);
    background: var(--d1-app-tile-background);
    color: var(--d1-color-text);
    text-align: center;
    text-decoration: none;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .tile:hover {
    background: var(--d1-app-tile-background-hover);
  }
  .tile[aria-current='page'] {
    border-color: var(--d1-color-accent);
    box-shadow: inset 0 0 0 1px var(--d1-color-accent);
    background: var(--d1-app-tile-background-hover);
  }
  .tile d1-icon {
    --d1-icon-size: 2rem;
    color: var(--d1-color-accent-text);
  }
  .name {
    max-width: 100%;
    font-size: var(--d1-font-size-s);
    font-weight: var(--d1-font-weight-strong);
  }
  .description {
    color: var(--d1-color-text-muted);
    font-size: var(--d1-font-size-xs);
  }
  /* The popup stays compact: there the description is only spoken (aria-describedby). */
  .panel .description {
    display: none;
  }
  .empty {
    margin: 0;
    color: var(--d1-color-text-muted);
  }
  @media (forced-colors: active) {
    .trigger {
      border-color: ButtonText;
    }
    .panel {
      border-color: CanvasText;
    }
    .tile[aria-current='page'] {
      border: 3px solid Highlight;
    }
  }
`;
