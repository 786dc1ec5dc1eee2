import { expect } from '@open-wc/testing';
import { warmUpCollation, type WarmUpWindow } from './warm-up.js';

interface Page {
  readonly win: WarmUpWindow;
  /** The languages of the collators made, in order. */
  readonly made: (string | undefined)[];
  /** The idle callbacks asked for and not yet run. */
  readonly idle: (() => void)[];
}

function page(lang: string, idleCallbacks = true): Page {
  const made: (string | undefined)[] = [];
  const idle: (() => void)[] = [];
  const doc = document.implementation.createHTMLDocument('DigiOne');
  doc.documentElement.lang = lang;
  class Collator extends Intl.Collator {
    constructor(locale?: string) {
      super(locale);
      made.push(locale);
    }
  }
  const win: WarmUpWindow = {
    document: doc,
    Intl: { Collator: Collator as unknown as typeof Intl.Collator },
    ...(idleCallbacks
      ? {
          requestIdleCallback: (callback: IdleRequestCallback) => {
            idle.push(() => {
              callback({ didTimeout: false, timeRemaining: () => 50 });
            });
            return idle.length;
          },
        }
      : {}),
  };
  return { win, made, idle };
}

describe('warmUpCollation', () => {
  it("makes a collator in the page's language once the page is idle, not before", () => {
    const { win, made, idle } = page('sv');
    warmUpCollation(win);
    expect(made).to.deep.equal([]);
    expect(idle.length).to.equal(1);
    idle[0]?.();
    expect(made).to.deep.equal(['sv']);
  });

  it("reads the page's language when idle: a language chosen meanwhile is the one prepared", () => {
    const { win, made, idle } = page('fi');
    warmUpCollation(win);
    win.document.documentElement.lang = 'en';
    idle[0]?.();
    expect(made).to.deep.equal(['en']);
  });

  it('does nothing in a browser without idle callbacks', () => {
    const { win, made, idle } = page('fi', false);
    warmUpCollation(win);
    expect(idle.length).to.equal(0);
    expect(made).to.deep.equal([]);
  });
});
