import { expect } from '@open-wc/testing';
import { APP_TITLE_MAX, appTitle } from './app-views.js';

describe('an app’s own page title', () => {
  it('is kept as given when it is short', () => {
    expect(appTitle('Viikko 47')).to.equal('Viikko 47');
  });

  it('is one line with white space folded', () => {
    expect(appTitle('  Viikko\n\t47  ')).to.equal('Viikko 47');
  });

  it('is cut with an ellipsis past the limit, whatever its length', () => {
    for (const length of [APP_TITLE_MAX + 1, 10_000]) {
      const title = appTitle('Ä'.repeat(length));
      expect(Array.from(new Intl.Segmenter().segment(title))).to.have.length(APP_TITLE_MAX);
      expect(title.endsWith('…')).to.equal(true);
    }
  });

  it('never splits a character made of two UTF-16 units', () => {
    const title = appTitle('😀'.repeat(APP_TITLE_MAX * 2));
    expect(title).to.equal(`${'😀'.repeat(APP_TITLE_MAX - 1)}…`);
  });
});
