import { define } from '../base/define.js';
import { D1Skeleton } from './skeleton.js';

define('d1-skeleton', D1Skeleton);

declare global {
  interface HTMLElementTagNameMap {
    'd1-skeleton': D1Skeleton;
  }
}
