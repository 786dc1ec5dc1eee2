/** The sandbox page's own styles (the app's come with the app). */
import { css } from 'lit';

export const sandboxStyles = css`
  :host {
    display: block;
    color: var(--d1-color-text);
    background: var(--d1-color-surface-sunken);
    font-family: var(--d1-font-family);
    min-height: 100vh;
    box-sizing: border-box;
    padding: var(--d1-space-4);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--d1-space-3);
  }
  h1 {
    font-size: var(--d1-font-size-xl);
    margin: 0 0 var(--d1-space-3);
  }
  h2 {
    font-size: var(--d1-font-size-m);
    margin: 0 0 var(--d1-space-2);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--d1-space-3);
    margin-bottom: var(--d1-space-4);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: var(--d1-space-4);
  }
  @media (max-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .stage,
  section.panel {
    background: var(--d1-color-surface);
    border: 1px solid var(--d1-color-border-subtle);
    border-radius: var(--d1-radius-m);
    padding: var(--d1-space-3);
  }
  .stage {
    min-height: 12rem;
  }
  .panels {
    display: grid;
    gap: var(--d1-space-3);
    align-content: start;
  }
  pre {
    font-family: var(--d1-font-family-mono);
    font-size: var(--d1-font-size-s);
    margin: 0;
    white-space: pre-wrap;
    word-break: break-word;
    max-height: 16rem;
    overflow: auto;
  }
  ul {
    margin: 0;
    padding-inline-start: var(--d1-space-4);
    font-size: var(--d1-font-size-s);
  }
  .muted {
    color: var(--d1-color-text-muted);
    font-size: var(--d1-font-size-s);
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--d1-space-1) var(--d1-space-3);
    margin: 0;
    font-size: var(--d1-font-size-s);
  }
  dt {
    font-weight: var(--d1-font-weight-strong);
  }
  dd {
    margin: 0;
  }
  code {
    font-family: var(--d1-font-family-mono);
  }
  d1-alert {
    display: block;
    margin-bottom: var(--d1-space-4);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--d1-space-2);
    margin-top: var(--d1-space-2);
  }
  .sign-in-working {
    display: flex;
    align-items: center;
    gap: var(--d1-space-2);
  }
  .provider-answer code {
    word-break: break-word;
  }
`;
