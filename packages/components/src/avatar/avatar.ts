import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';
import { avatarStyles } from './avatar.styles.js';

export type AvatarSize = 's' | 'm' | 'l';

/**
 * The first letters of the first and last word of a name, upper-cased: "Aino Virtanen" → "AV",
 * "Anna-Liisa Mäkelä" → "AM", "Ilmari" → "I".
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letter = (word: string | undefined) => (word ? Array.from(word)[0] : '');
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return (letter(words[0]) + letter(last)).toLocaleUpperCase();
}

/**
 * A person's picture, or their initials when there is no picture or it fails to load.
 *
 * @summary Avatars show who sent a message or who is signed in. The name is the accessible name;
 * set `decorative` when the name is already written beside the avatar.
 * @tagname d1-avatar
 * @since 0.1.0
 *
 * @csspart base - The round frame.
 * @csspart image - The `<img>`, when `src` is set and loads.
 * @csspart initials - The initials, when there is no image.
 *
 * @cssproperty --d1-avatar-size - Diameter of the medium size; `s` and `l` scale from it.
 * @cssproperty --d1-avatar-background - Background behind the initials.
 * @cssproperty --d1-avatar-text - Colour of the initials.
 */
export class D1Avatar extends D1Element {
  static override styles = [baseStyles, avatarStyles];

  /** The person's full name: the accessible name, and the source of the initials. */
  @property() name = '';

  /** URL of a picture of the person. Initials are shown instead if it is missing or fails to load. */
  @property() src?: string;

  /** `s`, `m` (default) or `l`. */
  @property({ reflect: true }) size: AvatarSize = 'm';

  /** Hides the avatar from assistive technology, for when the name is shown beside it. */
  @property({ type: Boolean, reflect: true }) decorative = false;

  @state() private failed = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.failed = false;
  }

  #onError = (): void => {
    this.failed = true;
  };

  override render() {
    const label = this.decorative ? '' : this.name.trim();
    let content;
    if (this.src && !this.failed) {
      content = html`<img part="image" src=${this.src} alt=${label} @error=${this.#onError} />`;
    } else {
      const text = initials(this.name);
      content = html`<span
        part="initials"
        class="initials"
        role=${label ? 'img' : nothing}
        aria-label=${label || nothing}
        aria-hidden=${label ? nothing : 'true'}
        >${
          text ||
          html`<svg viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="8" r="4"></circle>
            <path d="M4 21a8 8 0 0 1 16 0"></path>
          </svg>`
        }</span
      >`;
    }
    return html`<span part="base" class="base">${content}</span>`;
  }
}
