/**
 * @digione/components: the classes of DigiOne's web components. Importing this module defines no
 * tag; import `@digione/components/define` (all) or `@digione/components/<name>/define` (one).
 */
export { define, type VersionedElement } from './base/define.js';
export { D1Element } from './base/element.js';
export { VERSION } from './version.js';
/** The styles every DigiOne element starts from; an app's own elements may start from them too. */
export { baseStyles } from './styles/shared.js';
export * from './events/events.js';
export { D1Button, type ButtonVariant, type ButtonSize } from './button/button.js';
export { D1Icon, ICON_NAMES, type IconName } from './icon/icon.js';
export { D1Badge, type BadgeVariant } from './badge/badge.js';
export { D1Avatar, type AvatarSize } from './avatar/avatar.js';
export { D1Spinner } from './spinner/spinner.js';
export { D1Progress } from './progress/progress.js';
export { D1Skeleton, type SkeletonShape } from './skeleton/skeleton.js';
export { D1Card } from './card/card.js';
export { D1EmptyState } from './empty-state/empty-state.js';
export { D1Alert, type AlertVariant } from './alert/alert.js';
export {
  D1ToastStack,
  D1ToastCloseEvent,
  type ToastVariant,
  type ToastPlacement,
  type ToastOptions,
  type ToastAction,
  type ToastHandle,
  type ToastCloseReason,
} from './toast-stack/toast-stack.js';
export { D1Dialog } from './dialog/dialog.js';
export { D1ErrorPanel } from './error-panel/error-panel.js';
export { D1Menu, D1MenuItem, D1MenuGroup, type MenuItemType } from './menu/menu.js';
export { D1Tabs, D1Tab, D1TabPanel } from './tabs/tabs.js';
export { D1LanguagePicker } from './language-picker/language-picker.js';
export { D1AppSwitcher, type AppSwitcherApp } from './app-switcher/app-switcher.js';
export { D1UserMenu, type UserContext } from './user-menu/user-menu.js';
export { D1TextField, type TextFieldType } from './text-field/text-field.js';
export { D1Select, type D1SelectOption } from './select/select.js';
