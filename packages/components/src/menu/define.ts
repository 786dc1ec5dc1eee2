import { define } from '../base/define.js';
import '../icon/define.js';
import { D1Menu, D1MenuGroup, D1MenuItem } from './menu.js';

define('d1-menu-item', D1MenuItem);
define('d1-menu-group', D1MenuGroup);
define('d1-menu', D1Menu);

declare global {
  interface HTMLElementTagNameMap {
    'd1-menu': D1Menu;
    'd1-menu-item': D1MenuItem;
    'd1-menu-group': D1MenuGroup;
  }
}
