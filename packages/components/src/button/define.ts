import { define } from '../base/define.js';
import { D1Button } from './button.js';

define('d1-button', D1Button);

declare global {
  interface HTMLElementTagNameMap {
    'd1-button': D1Button;
  }
}
