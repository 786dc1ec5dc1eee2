import '../icon/define.js';
import { define } from '../base/define.js';
import { D1EmptyState } from './empty-state.js';

define('d1-empty-state', D1EmptyState);

declare global {
  interface HTMLElementTagNameMap {
    'd1-empty-state': D1EmptyState;
  }
}
