import { define } from '../base/define.js';
import { D1Badge } from './badge.js';

define('d1-badge', D1Badge);

declare global {
  interface HTMLElementTagNameMap {
    'd1-badge': D1Badge;
  }
}
