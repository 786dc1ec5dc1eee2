import { define } from '../base/define.js';
import '../icon/define.js';
import '../menu/define.js';
import { D1UserMenu } from './user-menu.js';

define('d1-user-menu', D1UserMenu);

declare global {
  interface HTMLElementTagNameMap {
    'd1-user-menu': D1UserMenu;
  }
}
