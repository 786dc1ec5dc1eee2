import type { ConfirmOptions, Notification } from '../context/types.js';
import type { ShellHostServices } from '../host/shell-host.js';
import type { AppRecords, MountOptions } from './mount.js';

/**
 * The test shell's services: each records what the app asked, in order, then calls the test's own
 * service where it gave one (else answers as the options say).
 */
export function recordingServices(
  options: Pick<MountOptions, 'services' | 'accessToken' | 'confirmResult'>,
): { records: AppRecords; services: ShellHostServices } {
  const own = options.services ?? {};
  const records: { -readonly [K in keyof AppRecords]: AppRecords[K] } = {
    notifications: [] as Notification[],
    navigations: [] as string[],
    dirty: false,
    dirtyChanges: [] as boolean[],
    titles: [] as string[],
    badges: [] as number[],
    errors: [] as unknown[],
    tokenRequests: [] as string[],
    confirms: [] as ConfirmOptions[],
  };
  const services: ShellHostServices = {
    getAccessToken: async (id, audience) => {
      records.tokenRequests.push(audience);
      if (own.getAccessToken) return own.getAccessToken(id, audience);
      return options.accessToken ? options.accessToken(audience) : `test-token:${audience}`;
    },
    navigate: (id, path) => {
      records.navigations.push(path);
      own.navigate?.(id, path);
    },
    notify: (id, notification, signal) => {
      records.notifications.push(notification);
      own.notify?.(id, notification, signal);
    },
    confirm: async (id, confirmOptions, signal) => {
      records.confirms.push(confirmOptions);
      if (own.confirm) return own.confirm(id, confirmOptions, signal);
      return options.confirmResult ?? true;
    },
    setDirty: (id, dirty) => {
      records.dirty = dirty;
      records.dirtyChanges.push(dirty);
      own.setDirty?.(id, dirty);
    },
    setTitle: (id, title) => {
      records.titles.push(title);
      own.setTitle?.(id, title);
    },
    setBadge: (id, count) => {
      records.badges.push(count);
      own.setBadge?.(id, count);
    },
    reportError: (id, error) => {
      records.errors.push(error);
      own.reportError?.(id, error);
    },
  };
  return { records, services };
}
