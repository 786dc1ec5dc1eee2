import { css } from 'lit';
import { property } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { ICONS, isIconName, type IconName } from './icons.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An icon from the DigiOne set, drawn inline as SVG (no icon font, no network request).
 *
 * @summary Icons are decorative by default; give `label` when the icon alone carries meaning.
 * @tagname d1-icon
 * @since 0.1.0
 *
 * @csspart svg - The `<svg>` element.
 *
 * @cssproperty --d1-icon-size - Width and height; defaults to `1em`, the surrounding text size.
 */
export class D1Icon extends D1Element {
  static override styles = css`
    :host {
      display: inline-flex;
      flex: none;
      width: var(--d1-icon-size, 1em);
      height: var(--d1-icon-size, 1em);
      color: inherit;
      vertical-align: -0.125em;
    }
    svg {
      width: 100%;
      height: 100%;
    }
  `;

  /** Which icon to draw: one of `ICON_NAMES`. An unknown name draws nothing and warns once. */
  @property({ reflect: true }) name: IconName | (string & {}) = '';

  /**
   * The icon's accessible name. Without it the icon is hidden from assistive technology, as an icon
   * beside visible text should be.
   */
  @property() label = '';

  static #warned = new Set<string>();

  override render() {
    const svg = document.createElementNS(SVG_NS, 'svg');
    for (const [key, value] of Object.entries({
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      part: 'svg',
      'aria-hidden': 'true',
      focusable: 'false',
    })) {
      svg.setAttribute(key, value);
    }
    if (this.name && isIconName(this.name)) {
      for (const [tag, attrs] of ICONS[this.name]) {
        const child = document.createElementNS(SVG_NS, tag);
        for (const [key, value] of Object.entries(attrs)) {
          if (value !== undefined) child.setAttribute(key, String(value));
        }
        svg.append(child);
      }
    } else if (this.name) {
      const name: string = this.name;
      if (!D1Icon.#warned.has(name)) {
        D1Icon.#warned.add(name);
        console.warn(`[D1-ICON-001] <d1-icon> has no icon named "${name}".`);
      }
    }
    return svg;
  }

  override updated(): void {
    if (this.label) {
      this.setAttribute('role', 'img');
      this.setAttribute('aria-label', this.label);
      this.removeAttribute('aria-hidden');
    } else {
      this.removeAttribute('role');
      this.removeAttribute('aria-label');
      this.setAttribute('aria-hidden', 'true');
    }
  }
}

export { ICON_NAMES, isIconName, type IconName } from './icons.js';
