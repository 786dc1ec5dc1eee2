import { define } from '../base/define.js';
import { D1Spinner } from './spinner.js';

define('d1-spinner', D1Spinner);

declare global {
  interface HTMLElementTagNameMap {
    'd1-spinner': D1Spinner;
  }
}
