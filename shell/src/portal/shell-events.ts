/**
 * Events of the portal frame that the frame itself dispatches: kept apart from the elements that
 * handle them, so the frame painted first carries none of their code.
 */

/** The person asked to load the app registry again. */
export class ShellRegistryRetryEvent extends Event {
  static readonly type = 'd1-shell-registry-retry';
  constructor() {
    super(ShellRegistryRetryEvent.type, { bubbles: true, composed: true });
  }
}
