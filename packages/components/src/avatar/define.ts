import { define } from '../base/define.js';
import { D1Avatar } from './avatar.js';

define('d1-avatar', D1Avatar);

declare global {
  interface HTMLElementTagNameMap {
    'd1-avatar': D1Avatar;
  }
}
