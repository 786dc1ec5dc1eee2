import { define } from '../base/define.js';
import { D1Tab, D1TabPanel, D1Tabs } from './tabs.js';

define('d1-tab', D1Tab);
define('d1-tab-panel', D1TabPanel);
define('d1-tabs', D1Tabs);

declare global {
  interface HTMLElementTagNameMap {
    'd1-tabs': D1Tabs;
    'd1-tab': D1Tab;
    'd1-tab-panel': D1TabPanel;
  }
}
