import { define } from '../base/define.js';
import '../icon/define.js';
import { D1Select } from './select.js';

define('d1-select', D1Select);

declare global {
  interface HTMLElementTagNameMap {
    'd1-select': D1Select;
  }
}
