import { define } from '../base/define.js';
import '../button/define.js';
import '../icon/define.js';
import { D1ToastStack } from './toast-stack.js';

define('d1-toast-stack', D1ToastStack);

declare global {
  interface HTMLElementTagNameMap {
    'd1-toast-stack': D1ToastStack;
  }
}
