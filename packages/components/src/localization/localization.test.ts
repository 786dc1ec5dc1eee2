import { expect } from '@open-wc/testing';
import type { LocaleModule } from '@lit/localize';
import { addTranslations, localization, type TranslationLoader } from './localization.js';

/** A package's translations that count their loads, each template naming the locale. */
function countingLoader(id: string): TranslationLoader & { calls: string[] } {
  const calls: string[] = [];
  const load = (locale: 'sv' | 'en'): Promise<LocaleModule> => {
    calls.push(locale);
    return Promise.resolve({ templates: { [id]: `${id} ${locale}` } });
  };
  return Object.assign(load, { calls });
}

describe("the page's localization", () => {
  const { setLocale, getLocale } = localization();
  afterEach(() => setLocale('fi'));

  it('loads a language once: switching back to it does not load its translations again', async () => {
    const loader = countingLoader('a');
    addTranslations(loader);
    await setLocale('sv');
    await setLocale('en');
    await setLocale('sv');
    await setLocale('en');
    expect(getLocale()).to.equal('en');
    expect(loader.calls).to.deep.equal(['sv', 'en']);
  });

  it("loads every package's translations again when a package is added, so the new one's apply", async () => {
    const first = countingLoader('b');
    addTranslations(first);
    await setLocale('sv');
    await setLocale('fi');
    const second = countingLoader('c');
    addTranslations(second);
    await setLocale('sv');
    expect(first.calls).to.deep.equal(['sv', 'sv']);
    expect(second.calls).to.deep.equal(['sv']);
  });

  it('does not keep a failed load: a later switch to the language tries again', async () => {
    let fail = true;
    const calls: string[] = [];
    addTranslations((locale) => {
      calls.push(locale);
      return fail
        ? Promise.reject(new Error('translations unreachable'))
        : Promise.resolve({ templates: {} });
    });
    let failure: unknown;
    await setLocale('en').catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(Error);
    fail = false;
    await setLocale('fi');
    await setLocale('en');
    expect(getLocale()).to.equal('en');
    expect(calls).to.deep.equal(['en', 'en']);
  });
});
