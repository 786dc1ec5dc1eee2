/**
 * The unsaved-changes guard. An app calls `context.setDirty(true)` while it holds work the person
 * has not saved; leaving that app — another route, another app, signing out, closing the tab —
 * then asks the person first. Confirming leaves and forgets the app's changes (it asks once);
 * cancelling stays.
 */

/** Asks the person whether to leave `appId` and lose its unsaved changes. */
export type LeaveQuestion = (appId: string) => Promise<boolean>;

export class DirtyGuard {
  readonly #dirty = new Set<string>();
  readonly #ask: LeaveQuestion;
  /** The question being asked now: several navigations at once get the one answer. */
  #pending: Promise<boolean> | undefined;

  constructor(ask: LeaveQuestion) {
    this.#ask = ask;
  }

  /** The app's own report: it has (or no longer has) unsaved changes. */
  setDirty(appId: string, dirty: boolean): void {
    if (dirty) this.#dirty.add(appId);
    else this.#dirty.delete(appId);
  }

  isDirty(appId: string): boolean {
    return this.#dirty.has(appId);
  }

  /** Whether any app holds unsaved changes (closing the tab then asks the browser's question). */
  get anyDirty(): boolean {
    return this.#dirty.size > 0;
  }

  /** The app with unsaved changes that going from `from` to `to` would leave, if any. */
  leaving(from: string | undefined, to: string | undefined): string | undefined {
    if (from === undefined || from === to || !this.#dirty.has(from)) return undefined;
    return from;
  }

  /**
   * Whether the person may go from the app `from` to the app (or page) `to`: at once when nothing
   * is lost, else when the person confirms — and then the left app's changes are forgotten.
   * `to` undefined means leaving the apps altogether (a portal page, or signing out).
   */
  async mayLeave(from: string | undefined, to: string | undefined): Promise<boolean> {
    const app = this.leaving(from, to);
    if (app === undefined) return true;
    this.#pending ??= this.#ask(app).finally(() => {
      this.#pending = undefined;
    });
    const leave = await this.#pending;
    if (leave) this.#dirty.delete(app);
    return leave;
  }

  /** Before signing out: every app's changes are at stake. */
  async mayLeaveAll(): Promise<boolean> {
    for (const app of [...this.#dirty]) {
      if (!(await this.mayLeave(app, undefined))) return false;
    }
    return true;
  }

  /** The app is gone (unmounted, failed, unregistered): its flag goes with it. */
  forget(appId: string): void {
    this.#dirty.delete(appId);
  }

  /** `beforeunload`: the browser asks its own question while any app holds unsaved changes. */
  readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.anyDirty) return;
    event.preventDefault();
  };
}
