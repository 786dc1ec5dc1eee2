import { define } from '../base/define.js';
import { D1Card } from './card.js';

define('d1-card', D1Card);

declare global {
  interface HTMLElementTagNameMap {
    'd1-card': D1Card;
  }
}
