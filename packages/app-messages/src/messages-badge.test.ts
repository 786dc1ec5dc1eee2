// Viestit's unread count on the portal's navigation, published through the shell's host. The
// shared fixtures are in test-fixtures.ts.
import { expect } from '@open-wc/testing';
import { createShellHost } from '@digione/sdk/host';
import type { DigiOneAppProps, Locale } from '@digione/sdk';
import { waitFor } from '../../../test/support/unit-wait.js';
import {
  API,
  AUDIENCE,
  TEACHER,
  AT_LUMIKORPI,
  api,
  mounted,
  messages,
  showing,
} from './test-fixtures.js';

describe('Viestit (messages app)', () => {
  describe('the unread count on the navigation', () => {
    /** The app in a shell that shows badges, recording each count it is given. */
    async function mountWithBadges(locale: Locale = 'fi') {
      const badges: number[] = [];
      const host = createShellHost({
        user: TEACHER,
        actingAs: AT_LUMIKORPI,
        locale,
        services: {
          getAccessToken: () => Promise.resolve('token'),
          navigate: () => undefined,
          setDirty: () => undefined,
          setBadge: (_appId, count) => badges.push(count),
        },
      });
      const handle = host.contextFor('messages', {
        userFields: [],
        actingAs: true,
        audience: AUDIENCE,
        apiUrl: API,
      });
      const domElement = document.createElement('div');
      document.body.append(domElement);
      const props: DigiOneAppProps = { name: 'messages', domElement, context: handle.context };
      await messages.bootstrap(props);
      await messages.mount(props);
      const app = {
        badges,
        host,
        container: domElement,
        async unmount() {
          await messages.unmount(props);
          handle.dispose();
          host.dispose();
          domElement.remove();
        },
      };
      mounted.push(app);
      return app;
    }

    it('is published after the inbox loads and again after a thread is read', async () => {
      const app = await mountWithBadges();
      await waitFor(() => app.badges.length === 1, 'a badge after loading');
      expect(app.badges).to.deep.equal([2]);
      app.host.events.publish('shell:navigated', { path: '/viestit/t-1' });
      await waitFor(() => app.badges.length === 2, 'a badge after reading');
      expect(app.badges).to.deep.equal([2, 1]);
      // A thread already read leaves the count as it is.
      app.host.events.publish('shell:navigated', { path: '/viestit/t-2' });
      await waitFor(() => app.badges.length === 3, 'a badge after reading');
      expect(app.badges).to.deep.equal([2, 1, 1]);
    });

    it('is not published when the inbox fails to load', async () => {
      api.fail.set('/threads', 401);
      const app = await mountWithBadges();
      await showing(app, 'Istuntosi ei kelpaa viestipalvelulle');
      expect(app.badges).to.deep.equal([]);
    });
  });
});
