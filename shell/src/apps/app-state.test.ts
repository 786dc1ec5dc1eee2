import { expect } from '@open-wc/testing';
import {
  INITIAL_STATE,
  needsFreshImport,
  nextState,
  type AppEvent,
  type AppState,
} from './app-state.js';

function run(events: readonly AppEvent[], from: AppState = INITIAL_STATE): AppState {
  return events.reduce(nextState, from);
}

const error = new Error('boom');

describe('the error and retry state machine of an app', () => {
  it('goes from loading through bootstrap and mount to mounted, and back to idle', () => {
    const mounted = run([
      { type: 'start', phase: 'load' },
      { type: 'done', phase: 'load' },
      { type: 'start', phase: 'bootstrap' },
      { type: 'done', phase: 'bootstrap' },
      { type: 'start', phase: 'mount' },
    ]);
    expect(mounted).to.deep.equal({ status: 'busy', phase: 'mount', attempt: 0 });
    const after = run(
      [
        { type: 'done', phase: 'mount' },
        { type: 'start', phase: 'unmount' },
        { type: 'done', phase: 'unmount' },
      ],
      mounted,
    );
    expect(after).to.deep.equal({ status: 'idle', attempt: 0 });
  });

  describe('when a step fails', () => {
    it('keeps the first failure and its step, and stays failed until retried', () => {
      const failed = run([
        { type: 'start', phase: 'mount' },
        { type: 'fail', phase: 'mount', error },
        { type: 'fail', phase: 'unmount', error: new Error('cleanup') },
        { type: 'start', phase: 'mount' },
        { type: 'done', phase: 'mount' },
      ]);
      expect(failed).to.deep.equal({
        status: 'failed',
        phase: 'mount',
        error,
        timedOut: false,
        attempt: 0,
      });
    });

    it('tells a time-out from a throw', () => {
      const failed = run([{ type: 'fail', phase: 'mount', error, timedOut: true }]);
      expect(failed).to.include({ status: 'failed', timedOut: true });
    });

    it('a retry starts over and counts the attempt', () => {
      const retried = run([
        { type: 'fail', phase: 'load', error },
        { type: 'retry' },
        { type: 'start', phase: 'load' },
      ]);
      expect(retried).to.deep.equal({ status: 'busy', phase: 'load', attempt: 1 });
    });
  });

  it('ignores a retry of an app that did not fail', () => {
    const mounted = run([
      { type: 'start', phase: 'mount' },
      { type: 'done', phase: 'mount' },
    ]);
    expect(nextState(mounted, { type: 'retry' })).to.equal(mounted);
  });

  it('imports afresh only after a failed import', () => {
    expect(needsFreshImport('load')).to.equal(true);
    expect(needsFreshImport('mount')).to.equal(false);
    expect(needsFreshImport(undefined)).to.equal(false);
  });
});
