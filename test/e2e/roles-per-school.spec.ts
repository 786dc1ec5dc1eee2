/**
 * Roles per school, end to end: Pekka Aaltonen (`teacher-principal` at the local identity
 * provider) teaches at Kivimäen yhtenäiskoulu and is the principal of Lumikorven koulu. The portal
 * offers him each (school, role) pair in the user menu; acting as the teacher at Kivimäki he gets
 * a teacher's apps and views, not the principal's overview; as the principal of Lumikorpi the
 * overview is there and the Assessment API answers it — while the same API refuses him Kivimäki's
 * overview, with the very token the portal gave the app, although he is a principal somewhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { jwtClaims } from '@digione/dev-idp/testing';
import { axe } from './support/axe.js';
import { openSignedIn } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';

const KIVIMAKI = '09247';
const LUMIKORPI = '09231';

function assessment(page: Page) {
  return page.locator('d1-shell > section.d1-app-area[data-d1-app="assessment"]');
}

/** The app links of the navigation (the portal's own pages left out), sorted. */
async function appLinks(page: Page): Promise<string[]> {
  const own = new Set(['Etusivu', 'Diagnostiikka']);
  const labels = await page.locator('d1-shell-nav').getByRole('link').allInnerTexts();
  return labels
    .map((label) => label.split('\n')[0]?.trim() ?? '')
    .filter((label) => label !== '' && !own.has(label))
    .sort();
}

test.describe('a teacher at one school who is principal of another', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({ exampleApps: true });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test('acts in each role at its school; the API checks the role at the school asked for', async ({
    page,
  }) => {
    // Every request the Assessment app makes to its API, with the token the portal gave it.
    const calls: { url: URL; token: string }[] = [];
    page.on('request', (request) => {
      const token = request.headers().authorization;
      const url = new URL(request.url());
      if (token && url.pathname.endsWith('/overview')) calls.push({ url, token });
    });

    await openSignedIn(page, stack.portal.origin, 'teacher-principal');

    // The user menu offers both pairs: the school, with the role held there.
    await page.locator('d1-user-menu').click();
    const asTeacher = page.getByRole('menuitemradio', { name: 'Kivimäen yhtenäiskoulu' });
    const asPrincipal = page.getByRole('menuitemradio', { name: 'Lumikorven koulu' });
    const choices = page.getByRole('group', { name: 'Toimit roolissa' });
    await expect(choices.getByRole('menuitemradio')).toHaveText([
      /Kivimäen yhtenäiskoulu/,
      /Lumikorven koulu/,
    ]);
    await expect(asTeacher).toHaveAccessibleDescription('Opettaja');
    await expect(asPrincipal).toHaveAccessibleDescription('Rehtori');
    await expect(asTeacher).toBeChecked();
    await axe(page, 'teacher-principal: user menu');
    await page.keyboard.press('Escape');

    // As the teacher at Kivimäki: a teacher's apps; in Assessment, his own group, no overview.
    expect(await appLinks(page)).toEqual(
      ['Arviointi', 'Lukujärjestys', 'Poissaolot', 'Ruokalista', 'Viestit'].sort(),
    );
    await page.locator('d1-shell-nav').getByRole('link', { name: 'Arviointi' }).click();
    const app = assessment(page);
    await expect(app.getByRole('heading', { name: 'Opetusryhmien arviointi' })).toBeVisible();
    await expect(app.getByRole('combobox', { name: 'Opetusryhmä' })).toContainText('7A biologia');
    await expect(app.getByRole('heading', { name: 'Koulun arviointitilanne' })).toHaveCount(0);
    expect(calls).toEqual([]);

    // As the principal of Lumikorpi: the principal's apps, and the school's overview.
    await page.locator('d1-user-menu').click();
    await asPrincipal.click();
    await expect(app.getByRole('heading', { name: 'Koulun arviointitilanne' })).toBeVisible();
    await expect(app.getByText('7B matematiikka').first()).toBeVisible();
    await expect(app.getByRole('heading', { name: 'Opetusryhmien arviointi' })).toHaveCount(0);
    expect(await appLinks(page)).toEqual(['Arviointi', 'Ruokalista', 'Viestit'].sort());
    await axe(page, 'teacher-principal: overview as the principal of Lumikorpi');

    // The API answered Lumikorpi's overview to the app...
    await expect.poll(() => calls.length).toBeGreaterThan(0);
    const call = calls.at(-1)!;
    expect(call.url.searchParams.get('school')).toBe(LUMIKORPI);
    const overview = async (school: string): Promise<Response> => {
      const url = new URL(call.url);
      url.searchParams.set('school', school);
      return fetch(url, { headers: { authorization: call.token } });
    };
    expect((await overview(LUMIKORPI)).status).toBe(200);
    // ...and refuses Kivimäki's with the same token: he only teaches there.
    const refused = await overview(KIVIMAKI);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      error: 'forbidden',
      error_description: `you are not a principal at school ${KIVIMAKI}`,
    });

    // Back as the teacher at Kivimäki: the overview goes, his group comes back.
    await page.locator('d1-user-menu').click();
    await asTeacher.click();
    await expect(app.getByRole('heading', { name: 'Opetusryhmien arviointi' })).toBeVisible();
    await expect(app.getByRole('heading', { name: 'Koulun arviointitilanne' })).toHaveCount(0);
  });
});

test.describe('the same person, signed in with MPASSid’s own claims', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    // The local provider issues `urn:mpass.id:*` claims for the MPASSid door while it starts so.
    process.env.DIGIONE_IDP_CLAIMS = 'mpassid';
    try {
      stack = await startStack({ exampleApps: true });
    } finally {
      delete process.env.DIGIONE_IDP_CLAIMS;
    }
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test('is offered the same (school, role) pairs and acts as the principal of Lumikorpi', async ({
    page,
  }) => {
    // The ID token the portal redeems its code for carries MPASSid's claims, not DigiOne's.
    const idTokens: Record<string, unknown>[] = [];
    page.on('response', async (response) => {
      if (!response.url().endsWith('/token') || !response.ok()) return;
      const body = (await response.json().catch(() => ({}))) as { id_token?: string };
      if (body.id_token) idTokens.push(jwtClaims(body.id_token));
    });
    await openSignedIn(page, stack.portal.origin, 'teacher-principal', '/arviointi');
    await expect.poll(() => idTokens.length).toBeGreaterThan(0);
    expect(idTokens[0]).toHaveProperty(['urn:mpass.id:role']);
    expect(idTokens[0]).not.toHaveProperty('digione_affiliations');
    const app = assessment(page);
    await expect(app.getByRole('heading', { name: 'Opetusryhmien arviointi' })).toBeVisible();
    await page.locator('d1-user-menu').click();
    const choices = page.getByRole('group', { name: 'Toimit roolissa' });
    await expect(choices.getByRole('menuitemradio')).toHaveText([
      /Kivimäen yhtenäiskoulu/,
      /Lumikorven koulu/,
    ]);
    await choices.getByRole('menuitemradio', { name: 'Lumikorven koulu' }).click();
    await expect(app.getByRole('heading', { name: 'Koulun arviointitilanne' })).toBeVisible();
  });
});
