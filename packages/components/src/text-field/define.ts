import { define } from '../base/define.js';
import '../icon/define.js';
import { D1TextField } from './text-field.js';

define('d1-text-field', D1TextField);

declare global {
  interface HTMLElementTagNameMap {
    'd1-text-field': D1TextField;
  }
}
