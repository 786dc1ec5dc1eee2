import { define } from '../base/define.js';
import '../button/define.js';
import '../icon/define.js';
import { D1Alert } from './alert.js';

define('d1-alert', D1Alert);

declare global {
  interface HTMLElementTagNameMap {
    'd1-alert': D1Alert;
  }
}
