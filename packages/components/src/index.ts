/**
 * @digione/components: the classes of DigiOne's web components. Importing this module defines no
 * tag; import `@digione/components/define` (all) or `@digione/components/<name>/define` (one).
 */
export { define, type VersionedElement } from './base/define.js';
export { D1Element } from './base/element.js';
export { VERSION } from './version.js';
export * from './events/events.js';
export { D1Button, type ButtonVariant, type ButtonSize } from './button/button.js';
export { D1Icon, ICON_NAMES, type IconName } from './icon/icon.js';
