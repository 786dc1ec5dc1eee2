import { define } from '../base/define.js';
import '../icon/define.js';
import '../menu/define.js';
import { D1LanguagePicker } from './language-picker.js';

define('d1-language-picker', D1LanguagePicker);

declare global {
  interface HTMLElementTagNameMap {
    'd1-language-picker': D1LanguagePicker;
  }
}
