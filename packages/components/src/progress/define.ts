import { define } from '../base/define.js';
import { D1Progress } from './progress.js';

define('d1-progress', D1Progress);

declare global {
  interface HTMLElementTagNameMap {
    'd1-progress': D1Progress;
  }
}
