import { expect } from '@open-wc/testing';
import { LOCALE_STORAGE_KEY, applyLocale, initialLocale, savedLocale } from '@digione/shell/locale';

describe('the shell language', () => {
  describe('when the portal opens', () => {
    it('uses the saved choice first', () => {
      expect(initialLocale('sv', ['en-GB'])).to.equal('sv');
    });

    it('otherwise follows the first browser language DigiOne speaks', () => {
      expect(initialLocale(null, ['de-DE', 'sv-FI', 'en'])).to.equal('sv');
      expect(initialLocale(null, ['EN-us'])).to.equal('en');
    });

    it('otherwise opens in Finnish, also for a saved value that is no DigiOne language', () => {
      expect(initialLocale(null, ['de', 'et'])).to.equal('fi');
      expect(initialLocale('de', [])).to.equal('fi');
    });
  });

  describe('when storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };

    it('still reads and applies a language', () => {
      expect(savedLocale(refusing)).to.equal(null);
      const doc = document.implementation.createHTMLDocument('');
      applyLocale('en', doc, refusing);
      expect(doc.documentElement.lang).to.equal('en');
    });
  });

  it('remembers the choice and sets <html lang>', () => {
    const doc = document.implementation.createHTMLDocument('');
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    applyLocale('sv', doc, storage);
    expect(doc.documentElement.lang).to.equal('sv');
    expect(store.get(LOCALE_STORAGE_KEY)).to.equal('sv');
    expect(savedLocale(storage)).to.equal('sv');
  });
});
