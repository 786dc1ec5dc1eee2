import { expect } from '@open-wc/testing';
import { KEPT_PER_NAME, measureName, startTiming } from './perf.js';

describe('the shell’s performance measures', () => {
  it('are named for DevTools and kept within bounds however often a step runs', () => {
    const name = measureName('app:perf-probe', 'mount');
    expect(name).to.equal('digione:app:perf-probe:mount');
    for (let i = 0; i < KEPT_PER_NAME + 10; i++) startTiming('app:perf-probe', 'mount')();
    const kept = performance.getEntriesByName(name, 'measure').length;
    expect(kept).to.be.greaterThan(0);
    expect(kept).to.be.at.most(KEPT_PER_NAME);
    // The start marks go with their measures.
    expect(performance.getEntriesByName(`${name}:start`, 'mark')).to.have.length(0);
  });
});
