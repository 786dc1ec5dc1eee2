import { D1Event } from '../events/events.js';

/** Why a toast closed. */
export type ToastCloseReason = 'dismiss' | 'timeout' | 'action' | 'overflow' | 'api';

/**
 * A toast of `<d1-toast-stack>` closed, for any reason: the user closed it (`dismiss`), its time ran
 * out (`timeout`), its action was chosen (`action`), newer toasts pushed it out (`overflow`), or the
 * code that showed it called `close()` (`api`).
 */
export class D1ToastCloseEvent extends D1Event {
  static override readonly type = 'd1-toast-close';
  constructor(
    readonly reason: ToastCloseReason,
    readonly message: string,
  ) {
    super();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'd1-toast-close': D1ToastCloseEvent;
  }
}
