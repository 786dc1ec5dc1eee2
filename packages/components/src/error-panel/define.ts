import { define } from '../base/define.js';
import '../button/define.js';
import '../icon/define.js';
import { D1ErrorPanel } from './error-panel.js';

define('d1-error-panel', D1ErrorPanel);

declare global {
  interface HTMLElementTagNameMap {
    'd1-error-panel': D1ErrorPanel;
  }
}
