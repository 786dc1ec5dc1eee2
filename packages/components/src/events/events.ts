/**
 * Typed events of the DigiOne components. Each bubbles and is composed, so a listener on any ancestor
 * (across shadow roots) hears it, and each is named in `GlobalEventHandlersEventMap`.
 */

import type { ThemePreference } from '../tokens/tenants.js';

/**
 * What every DigiOne event shares: its name is its class's static `type`, and it bubbles and is
 * composed; an event whose default an app may prevent is made `cancelable`.
 */
export abstract class D1Event extends Event {
  static readonly type: string;
  constructor(cancelable = false) {
    super(new.target.type, { bubbles: true, composed: true, cancelable });
  }
}

/** A language was chosen in `<d1-language-picker>`. */
export class D1LocaleChangeEvent extends D1Event {
  static override readonly type = 'd1-locale-change';
  constructor(readonly locale: string) {
    super();
  }
}

/** A dismissible element (alert, toast) was closed by the user. */
export class D1DismissEvent extends D1Event {
  static override readonly type = 'd1-dismiss';
}

/** The retry action of `<d1-error-panel>` was pressed. */
export class D1RetryEvent extends D1Event {
  static override readonly type = 'd1-retry';
}

/** A `<d1-dialog>` opened. */
export class D1OpenEvent extends D1Event {
  static override readonly type = 'd1-open';
}

/** A `<d1-dialog>` or `<d1-menu>` closed; `action` names the action that closed it, if any. */
export class D1CloseEvent extends D1Event {
  static override readonly type = 'd1-close';
  constructor(readonly action = '') {
    super();
  }
}

/** An item of `<d1-menu>` (or of a component built on it) was chosen. */
export class D1SelectEvent extends D1Event {
  static override readonly type = 'd1-select';
  constructor(readonly value: string) {
    super(true);
  }
}

/** The selected tab of `<d1-tabs>` changed. */
export class D1TabChangeEvent extends D1Event {
  static override readonly type = 'd1-tab-change';
  constructor(readonly panel: string) {
    super();
  }
}

/** An app tile of `<d1-app-switcher>` was chosen. */
export class D1AppSelectEvent extends D1Event {
  static override readonly type = 'd1-app-select';
  constructor(
    readonly appId: string,
    readonly href: string,
  ) {
    super(true);
  }
}

/** The user chose a different acting-as context (school, child, role) in `<d1-user-menu>`. */
export class D1ContextChangeEvent extends D1Event {
  static override readonly type = 'd1-context-change';
  constructor(readonly contextId: string) {
    super();
  }
}

/**
 * The user chose a colour theme in `<d1-user-menu>`: `preference` is `system` (follow the device's
 * settings), `light`, `dark` or `high-contrast`.
 */
export class D1ThemeChangeEvent extends D1Event {
  static override readonly type = 'd1-theme-change';
  constructor(readonly preference: ThemePreference) {
    super();
  }
}

/** The user asked to sign out in `<d1-user-menu>`. */
export class D1SignOutEvent extends D1Event {
  static override readonly type = 'd1-sign-out';
  constructor() {
    super(true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'd1-locale-change': D1LocaleChangeEvent;
    'd1-dismiss': D1DismissEvent;
    'd1-retry': D1RetryEvent;
    'd1-open': D1OpenEvent;
    'd1-close': D1CloseEvent;
    'd1-select': D1SelectEvent;
    'd1-tab-change': D1TabChangeEvent;
    'd1-app-select': D1AppSelectEvent;
    'd1-context-change': D1ContextChangeEvent;
    'd1-theme-change': D1ThemeChangeEvent;
    'd1-sign-out': D1SignOutEvent;
  }
}
