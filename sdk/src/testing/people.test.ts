/**
 * The kit's people are the portal's: the local identity provider's test users, mapped by the
 * portal's own functions; and with a manifest the kit mounts an app for a person who fits it, with
 * the context the portal's host would give it.
 */
import { expect } from '@open-wc/testing';
import { actingAsChoices, userFromClaims } from '@digione/sdk/host';
import type { ShellContext } from '@digione/sdk';
import {
  TEST_PEOPLE,
  TEST_USER,
  defaultPersonFor,
  mountApp,
  testPerson,
  type MountManifest,
  type TestLifecycles,
} from '@digione/sdk/testing';
import { TEST_USERS } from '../../../packages/dev-idp/src/users.js';
import { claimsOf } from '../../../packages/dev-idp/src/claims.js';

/** An app that keeps the context it is given. */
function probe(): TestLifecycles & { context?: ShellContext } {
  const app: TestLifecycles & { context?: ShellContext } = {
    mount: (props) => {
      app.context = props.context;
      return Promise.resolve();
    },
    unmount: () => Promise.resolve(),
  };
  return app;
}

const ABSENCES: MountManifest = {
  id: 'absences',
  roles: ['guardian', 'teacher'],
  context: { user: ['givenName'], actingAs: true },
  api: { audience: 'https://api.absences.example.fi', url: 'https://api.absences.example.fi/v1' },
};

describe('the kit’s test people', () => {
  it('are the local identity provider’s test users, as the portal maps their claims', () => {
    expect(TEST_PEOPLE.map((p) => p.username)).to.deep.equal(TEST_USERS.map((u) => u.username));
    for (const user of TEST_USERS) {
      const portal = userFromClaims({ ...claimsOf(user), acr: user.door });
      expect(testPerson(user.username), user.username).to.deep.equal({
        username: user.username,
        ...portal,
      });
    }
  });

  it('says which people there are when asked for one who is not', () => {
    expect(() => testPerson('rector')).to.throw(
      'no test person signs in as "rector"; the test people are pupil, teacher, principal, guardian, admin, teacher-principal, substitute',
    );
  });

  it('fit a manifest: the first person with a role it declares, acting where the portal starts them', () => {
    const guardian = testPerson('guardian').user;
    expect(defaultPersonFor(ABSENCES)).to.deep.equal({
      user: guardian,
      actingAs: actingAsChoices(guardian)[0],
    });
    const pupil = testPerson('pupil').user;
    expect(defaultPersonFor({ id: 'lunch', roles: ['learner'] })).to.deep.equal({
      user: pupil,
      actingAs: actingAsChoices(pupil)[0],
    });
    expect(defaultPersonFor({ id: 'admin-tools', roles: ['admin'] }).actingAs).to.deep.include({
      kind: 'role',
      id: 'role:admin',
    });
    expect(() => defaultPersonFor({ id: 'staff-room', roles: ['staff'] })).to.throw(
      'The app "staff-room" declares the roles ["staff"], which no test person has',
    );
  });
});

describe('mountApp with a manifest', () => {
  it('gives the app the context the portal would: its person, acting-as, user fields and API', async () => {
    const app = probe();
    const mounted = await mountApp(app, { manifest: ABSENCES });
    try {
      const guardian = testPerson('guardian').user;
      expect(mounted.props.name).to.equal('absences');
      expect(app.context?.user.value).to.deep.equal({ givenName: 'Sanna' });
      expect(app.context?.actingAs.value).to.deep.equal(actingAsChoices(guardian)[0]);
      expect(app.context?.apiUrl).to.equal('https://api.absences.example.fi/v1');
      expect(await app.context?.getAccessToken()).to.equal(
        'test-token:https://api.absences.example.fi',
      );
    } finally {
      await mounted.unmount();
    }
  });

  it('lets a test choose the person, and where they act, in a role the manifest declares', async () => {
    const teacher = testPerson('teacher').user;
    const app = probe();
    const mounted = await mountApp(app, { manifest: ABSENCES, user: teacher });
    expect(app.context?.actingAs.value).to.deep.equal(actingAsChoices(teacher)[0]);
    await mounted.unmount();
    const second = actingAsChoices(teacher).at(1) ?? null;
    expect(second?.id).to.equal('school:09247');
    const chosen = probe();
    const again = await mountApp(chosen, { manifest: ABSENCES, user: teacher, actingAs: second });
    expect(chosen.context?.actingAs.value).to.deep.equal(second);
    expect(chosen.context?.user.value).to.deep.equal({ givenName: 'Mikko' });
    await again.unmount();
  });

  it('gives no acting-as and no user fields to an app whose manifest asks for none', async () => {
    const app = probe();
    const mounted = await mountApp(app, {
      manifest: { id: 'lunch', roles: ['learner'], context: {} },
    });
    expect(app.context?.actingAs.value).to.equal(null);
    expect(app.context?.user.value).to.deep.equal({});
    expect(app.context?.apiUrl).to.equal(undefined);
    await mounted.unmount();
  });

  it('keeps its old default without a manifest: the teacher Aino Virtanen, acting nowhere', async () => {
    const app = probe();
    const mounted = await mountApp(app);
    expect(app.context?.user.value).to.deep.equal(TEST_USER);
    expect(app.context?.actingAs.value).to.equal(null);
    await mounted.unmount();
  });
});
