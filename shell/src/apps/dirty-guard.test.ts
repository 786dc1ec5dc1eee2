import { expect } from '@open-wc/testing';
import { DirtyGuard } from './dirty-guard.js';

function guardAnswering(...answers: boolean[]): { guard: DirtyGuard; asked: string[] } {
  const asked: string[] = [];
  const guard = new DirtyGuard((appId) => {
    asked.push(appId);
    return Promise.resolve(answers.shift() ?? false);
  });
  return { guard, asked };
}

describe('the unsaved-changes guard', () => {
  it('lets the person leave a clean app without asking', async () => {
    const { guard, asked } = guardAnswering();
    expect(await guard.mayLeave('timetable', 'messages')).to.equal(true);
    expect(asked).to.deep.equal([]);
  });

  it('does not ask when the person stays inside the dirty app', async () => {
    const { guard, asked } = guardAnswering();
    guard.setDirty('timetable', true);
    expect(await guard.mayLeave('timetable', 'timetable')).to.equal(true);
    expect(asked).to.deep.equal([]);
  });

  describe('when an app has unsaved changes', () => {
    it('asks before leaving it, and staying keeps the changes', async () => {
      const { guard, asked } = guardAnswering(false);
      guard.setDirty('timetable', true);
      expect(guard.leaving('timetable', undefined)).to.equal('timetable');
      expect(await guard.mayLeave('timetable', undefined)).to.equal(false);
      expect(asked).to.deep.equal(['timetable']);
      expect(guard.isDirty('timetable')).to.equal(true);
    });

    it('leaving forgets the changes, so the person is asked once', async () => {
      const { guard, asked } = guardAnswering(true);
      guard.setDirty('timetable', true);
      expect(await guard.mayLeave('timetable', 'messages')).to.equal(true);
      expect(await guard.mayLeave('timetable', 'messages')).to.equal(true);
      expect(asked).to.deep.equal(['timetable']);
    });

    it('asks once for navigations that come together', async () => {
      const { guard, asked } = guardAnswering(true);
      guard.setDirty('timetable', true);
      const answers = await Promise.all([
        guard.mayLeave('timetable', 'messages'),
        guard.mayLeave('timetable', undefined),
      ]);
      expect(answers).to.deep.equal([true, true]);
      expect(asked).to.deep.equal(['timetable']);
    });

    it('signing out asks about every app with changes, and stops at the first "stay"', async () => {
      const { guard, asked } = guardAnswering(true, false);
      guard.setDirty('timetable', true);
      guard.setDirty('messages', true);
      expect(await guard.mayLeaveAll()).to.equal(false);
      expect(asked).to.deep.equal(['timetable', 'messages']);
      expect(guard.isDirty('messages')).to.equal(true);
    });

    it('saving (setDirty(false)) or the app going away clears it', async () => {
      const { guard, asked } = guardAnswering();
      guard.setDirty('timetable', true);
      guard.setDirty('timetable', false);
      guard.setDirty('messages', true);
      guard.forget('messages');
      expect(await guard.mayLeaveAll()).to.equal(true);
      expect(asked).to.deep.equal([]);
    });

    it('makes the browser ask before the tab closes', () => {
      const { guard } = guardAnswering();
      const event = new Event('beforeunload', { cancelable: true });
      guard.onBeforeUnload(event);
      expect(event.defaultPrevented).to.equal(false);
      guard.setDirty('timetable', true);
      guard.onBeforeUnload(event);
      expect(event.defaultPrevented).to.equal(true);
    });
  });
});
