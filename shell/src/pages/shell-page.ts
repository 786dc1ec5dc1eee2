import { LitElement, type CSSResultGroup } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { pageStyles } from './page-styles.js';

/**
 * What every page of the shell's own shares: the pages' styles, a new render when the language
 * changes, and a level-one heading (`#heading`) that takes focus after a route change, so that a
 * screen reader announces the page.
 */
export class D1ShellPage extends LitElement {
  static override styles: CSSResultGroup = pageStyles;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Moves focus to the heading, so a screen reader announces the page after a route change. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }
}
