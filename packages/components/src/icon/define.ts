import { define } from '../base/define.js';
import { D1Icon } from './icon.js';

define('d1-icon', D1Icon);

declare global {
  interface HTMLElementTagNameMap {
    'd1-icon': D1Icon;
  }
}
