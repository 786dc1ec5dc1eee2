import { define } from '../base/define.js';
import '../button/define.js';
import '../icon/define.js';
import { D1Dialog } from './dialog.js';

define('d1-dialog', D1Dialog);

declare global {
  interface HTMLElementTagNameMap {
    'd1-dialog': D1Dialog;
  }
}
