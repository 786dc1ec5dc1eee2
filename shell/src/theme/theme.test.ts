import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { waitFor } from '../../../test/support/unit-wait.js';
import { readDeviceTheme, watchDeviceTheme, type MediaQueries } from './device.js';
import {
  PLAIN_DEVICE,
  isThemePreference,
  rememberThemePreference,
  resolveTheme,
  savedThemePreference,
  themeStorageKey,
  type DeviceTheme,
} from './theme.js';

const DARK: DeviceTheme = { ...PLAIN_DEVICE, dark: true };

describe('the theme the portal wears', () => {
  it('follows the device: dark when it prefers dark, light otherwise', () => {
    expect(resolveTheme('system', PLAIN_DEVICE)).to.equal('light');
    expect(resolveTheme('system', DARK)).to.equal('dark');
  });

  it('is high contrast when the device asks for more contrast or forces its colours', () => {
    expect(resolveTheme('system', { ...DARK, moreContrast: true })).to.equal('high-contrast');
    expect(resolveTheme('system', { ...PLAIN_DEVICE, forcedColors: true })).to.equal(
      'high-contrast',
    );
  });

  it("is the person's choice whatever the device asks for", () => {
    const loud: DeviceTheme = { dark: true, moreContrast: true, forcedColors: true };
    expect(resolveTheme('light', loud)).to.equal('light');
    expect(resolveTheme('dark', PLAIN_DEVICE)).to.equal('dark');
    expect(resolveTheme('high-contrast', PLAIN_DEVICE)).to.equal('high-contrast');
  });

  it('knows only the choices the user menu offers', () => {
    for (const choice of ['system', 'light', 'dark', 'high-contrast']) {
      expect(isThemePreference(choice), choice).to.equal(true);
    }
    expect(isThemePreference('pink')).to.equal(false);
    expect(isThemePreference(null)).to.equal(false);
  });
});

describe("a person's theme choice on this device", () => {
  afterEach(() => {
    localStorage.removeItem(themeStorageKey('theme-test-a'));
    localStorage.removeItem(themeStorageKey('theme-test-b'));
  });

  it('is remembered for that person only; others follow the device', () => {
    rememberThemePreference('theme-test-a', 'high-contrast', localStorage);
    expect(savedThemePreference('theme-test-a', localStorage)).to.equal('high-contrast');
    expect(savedThemePreference('theme-test-b', localStorage)).to.equal('system');
    rememberThemePreference('theme-test-a', 'system', localStorage);
    expect(savedThemePreference('theme-test-a', localStorage)).to.equal('system');
  });

  it('follows the device when what is stored is not a choice, or storage refuses', () => {
    localStorage.setItem(themeStorageKey('theme-test-a'), 'pink');
    expect(savedThemePreference('theme-test-a', localStorage)).to.equal('system');
    const refusing = {
      getItem: (): string => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: (): void => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(savedThemePreference('theme-test-a', refusing)).to.equal('system');
    expect(() => {
      rememberThemePreference('theme-test-a', 'dark', refusing);
    }).not.to.throw();
    expect(savedThemePreference('theme-test-a', undefined)).to.equal('system');
  });
});

describe("the device's theme", () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  it("reads the browser's colour scheme", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(readDeviceTheme(window).dark).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    expect(readDeviceTheme(window).dark).to.equal(false);
  });

  it('reads contrast and forced colours from their own media queries', () => {
    // The test browser cannot emulate these two: a window answering for them stands in.
    const asking = (queries: readonly string[]): MediaQueries => ({
      matchMedia: (query) => ({ matches: queries.includes(query) }),
    });
    expect(readDeviceTheme(asking(['(prefers-contrast: more)']))).to.deep.equal({
      dark: false,
      moreContrast: true,
      forcedColors: false,
    });
    expect(readDeviceTheme(asking(['(forced-colors: active)'])).forcedColors).to.equal(true);
  });

  it('is followed live as the settings change, until it is no longer followed', async () => {
    const seen: DeviceTheme[] = [];
    const stop = watchDeviceTheme(window, (device) => seen.push(device));
    await emulateMedia({ colorScheme: 'dark' });
    await waitFor(() => seen.some((d) => d.dark), 'the change to dark');
    stop();
    const count = seen.length;
    await emulateMedia({ colorScheme: 'light' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.length).to.equal(count);
  });
});
