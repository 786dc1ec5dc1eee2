import { define } from '../base/define.js';
import '../icon/define.js';
import { D1AppSwitcher } from './app-switcher.js';

define('d1-app-switcher', D1AppSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'd1-app-switcher': D1AppSwitcher;
  }
}
