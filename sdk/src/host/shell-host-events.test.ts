import { expect } from '@open-wc/testing';
import type { ShellContext } from '@digione/sdk';
import { createShellHost } from '@digione/sdk/host';
import { codeOf } from './fixtures/host-support.js';

describe('createShellHost: events', () => {
  describe('between apps and the shell', () => {
    it('take "shell:badge" as the publishing app’s own count, unseen by other apps', () => {
      const badges: [string, number][] = [];
      const host = createShellHost({
        services: { setBadge: (appId, count) => badges.push([appId, count]) },
      });
      const messages = host.contextFor('messages', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const overheard: unknown[] = [];
      // No app may listen to it at all (D1-SDK-114); even the shell's own listener hears nothing.
      expect(
        codeOf(() => other.events.subscribe('shell:badge', (payload) => overheard.push(payload))),
      ).to.equal('D1-SDK-114');
      host.events.subscribe('shell:badge', (payload) => overheard.push(payload));
      messages.events.publish('shell:badge', { count: 3 });
      messages.events.publish('shell:badge', { count: 0 });
      expect(badges).to.deep.equal([
        ['messages', 3],
        ['messages', 0],
      ]);
      expect(overheard).to.deep.equal([]);
      for (const count of [-1, 1.5, '2', Number.NaN]) {
        expect(
          codeOf(() => {
            messages.events.publish('shell:badge', { count } as never);
          }),
        ).to.equal('D1-SDK-112');
      }
      expect(badges).to.have.length(2);
    });

    it('refuse "shell:badge" like any shell topic when the shell shows no badges', () => {
      const messages = createShellHost().contextFor('messages', { userFields: [] }).context;
      expect(
        codeOf(() => {
          messages.events.publish('shell:badge', { count: 1 });
        }),
      ).to.equal('D1-SDK-111');
    });

    it('go from one app to another, each listener getting its own copy', () => {
      const host = createShellHost({ registry: [{ id: 'acme', events: { public: ['ping'] } }] });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const received: { n: number }[] = [];
      other.events.subscribe('acme:ping', (p) => received.push(p));
      other.events.subscribe('acme:ping', (p) => received.push(p));
      const payload = { n: 1 };
      acme.events.publish('acme:ping', payload);
      expect(received).to.deep.equal([{ n: 1 }, { n: 1 }]);
      expect(received[0]).not.to.equal(payload);
      expect(received[0]).not.to.equal(received[1]);
    });

    it('may be published only under the app’s own namespace or a topic the shell allows', () => {
      const host = createShellHost({ publicTopics: ['help:open'] });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      expect(
        codeOf(() => {
          acme.events.publish('other:ping', { n: 1 });
        }),
      ).to.equal('D1-SDK-111');
      expect(
        codeOf(() => {
          acme.events.publish('shell:navigated', { path: '/' });
        }),
      ).to.equal('D1-SDK-111');
      expect(
        codeOf(() => {
          acme.events.publish('help:open', { topic: 'x' });
        }),
      ).to.equal(undefined);
    });

    it('refuse invalid topics and payloads with coded errors', () => {
      const host = createShellHost();
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const bus = acme.events as unknown as {
        publish(t: string, p: unknown): void;
        subscribe(t: string, l: unknown): void;
      };
      for (const topic of ['ping', 'acme:', ':ping', 'acme:a:b', 'acme: ping', 42]) {
        expect(
          codeOf(() => {
            bus.publish(topic as string, {});
          }),
          String(topic),
        ).to.equal('D1-SDK-110');
        expect(
          codeOf(() => {
            bus.subscribe(topic as string, () => undefined);
          }),
        ).to.equal('D1-SDK-110');
      }
      expect(
        codeOf(() => {
          bus.publish('acme:ping', { f: () => 1 });
        }),
      ).to.equal('D1-SDK-112');
      expect(
        codeOf(() => {
          bus.subscribe('acme:ping', 'nope');
        }),
      ).to.equal('D1-SDK-113');
    });

    it('report a listener that throws for its app, and still reach the others', () => {
      const reported: [string, unknown][] = [];
      const host = createShellHost({
        services: { reportError: (id, e) => reported.push([id, e]) },
        registry: [{ id: 'acme', events: { public: ['ping'] } }],
      });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const third = host.contextFor('third', { userFields: [] }).context;
      const boom = new Error('listener failed');
      other.events.subscribe('acme:ping', () => {
        throw boom;
      });
      let reached = false;
      third.events.subscribe('acme:ping', () => (reached = true));
      acme.events.publish('acme:ping', { n: 1 });
      expect(reached).to.equal(true);
      expect(reported).to.deep.equal([['other', boom]]);
    });

    it('the shell publishes under shell: and apps hear it', () => {
      const host = createShellHost();
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const paths: string[] = [];
      acme.events.subscribe('shell:navigated', (p) => paths.push(p.path));
      host.events.publish('shell:navigated', { path: '/acme' });
      expect(paths).to.deep.equal(['/acme']);
    });
  });

  describe('the event topics an app may hear', () => {
    /** The code of what `subscribe` throws, or undefined when it subscribed. */
    function subscribeCode(context: ShellContext, topic: string): string | undefined {
      return codeOf(() => context.events.subscribe(topic as 'acme:ping', () => undefined));
    }

    describe('when an app subscribes to its own topics and the shell’s', () => {
      it('hears them', () => {
        const host = createShellHost();
        const acme = host.contextFor('acme', { userFields: [] }).context;
        const heard: unknown[] = [];
        acme.events.subscribe('acme:ping', (p) => heard.push(p));
        acme.events.subscribe('shell:navigated', (p) => heard.push(p));
        acme.events.publish('acme:ping', { n: 1 });
        host.events.publish('shell:navigated', { path: '/acme' });
        expect(heard).to.deep.equal([{ n: 1 }, { path: '/acme' }]);
      });
    });

    describe('when an app subscribes to another vendor’s topic', () => {
      it('is refused with D1-SDK-114, naming the topic and how it can become public', () => {
        const host = createShellHost();
        const acme = host.contextFor('acme', { userFields: [] }).context;
        const other = host.contextFor('other', { userFields: [] }).context;
        const before = host.liveSubscriptions();
        const heard: unknown[] = [];
        let error: unknown;
        try {
          acme.events.subscribe('other:ping', (p) => heard.push(p));
        } catch (e) {
          error = e;
        }
        expect((error as { code?: string }).code).to.equal('D1-SDK-114');
        expect((error as Error).message).to.equal(
          '[D1-SDK-114] App "acme" may subscribe only to its own topics ("acme:<name>"), the shell\'s ("shell:navigated") and topics another app\'s manifest makes public; "other:ping" is none of these. The app "other" can make it public with "events": { "public": ["ping"] } in its manifest.',
        );
        other.events.publish('other:ping', { n: 1 });
        expect(heard).to.deep.equal([]);
        expect(host.liveSubscriptions()).to.equal(before);
      });

      it('is refused a shell topic that the shell does not publish for apps', () => {
        const acme = createShellHost().contextFor('acme', { userFields: [] }).context;
        expect(subscribeCode(acme, 'shell:badge')).to.equal('D1-SDK-114');
        expect(subscribeCode(acme, 'shell:secret')).to.equal('D1-SDK-114');
      });

      it('still gets D1-SDK-110 for a malformed topic, and D1-SDK-113 for a bad listener', () => {
        const acme = createShellHost().contextFor('acme', { userFields: [] }).context;
        expect(subscribeCode(acme, 'other:a:b')).to.equal('D1-SDK-110');
        expect(
          codeOf(() => acme.events.subscribe('acme:ping', 'nope' as unknown as () => void)),
        ).to.equal('D1-SDK-113');
      });
    });

    describe('when another app’s manifest makes a topic public', () => {
      it('hears that topic, and no other of that app', () => {
        const host = createShellHost({ registry: [{ id: 'other', events: { public: ['ping'] } }] });
        const acme = host.contextFor('acme', { userFields: [] }).context;
        const other = host.contextFor('other', { userFields: [] }).context;
        const heard: number[] = [];
        acme.events.subscribe('other:ping', (p) => heard.push(p.n));
        other.events.publish('other:ping', { n: 7 });
        expect(heard).to.deep.equal([7]);
        expect(subscribeCode(acme, 'other:secret')).to.equal('D1-SDK-114');
      });

      it('follows the registry the shell sets once it has loaded', () => {
        const host = createShellHost();
        const acme = host.contextFor('acme', { userFields: [] }).context;
        expect(subscribeCode(acme, 'other:ping')).to.equal('D1-SDK-114');
        host.setRegistry([
          { id: 'other', events: { public: ['ping'] } },
          { id: 'quiet' },
          { id: 'empty', events: {} },
        ]);
        expect(subscribeCode(acme, 'other:ping')).to.equal(undefined);
        host.setRegistry([]);
        expect(subscribeCode(acme, 'other:ping')).to.equal('D1-SDK-114');
      });

      it('refuses a registry whose public topics are not topics', () => {
        expect(
          codeOf(() =>
            createShellHost({ registry: [{ id: 'other', events: { public: ['a b'] } }] }),
          ),
        ).to.equal('D1-SDK-110');
        const host = createShellHost();
        expect(
          codeOf(() => {
            host.setRegistry([{ id: 'other', events: { public: ['a:b'] } }]);
          }),
        ).to.equal('D1-SDK-110');
      });
    });

    describe('when the shell opens a topic to every app', () => {
      it('lets every app publish and hear it', () => {
        const host = createShellHost({ publicTopics: ['help:open'] });
        const acme = host.contextFor('acme', { userFields: [] }).context;
        const other = host.contextFor('other', { userFields: [] }).context;
        const heard: string[] = [];
        other.events.subscribe('help:open', (p) => heard.push(p.topic));
        acme.events.publish('help:open', { topic: 'grades' });
        expect(heard).to.deep.equal(['grades']);
      });
    });
  });
});
