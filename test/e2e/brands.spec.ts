/**
 * Education providers' brands from the configuration, end to end: a guardian with a child in
 * Vantaa and a child in Espoo sees each child's municipality's name, logo and accent, switched at
 * once with the child, in the frame and in the absences app's iframe; the brand's dark colours in
 * the dark theme and none in high contrast, axe-clean in each; a brand that fails the contrast
 * check is not worn (DigiOne's is, with one console error); and the deploy step's policy lets an
 * https logo load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { EXAMPLE_BRANDS } from '../../packages/components/src/tokens/example-brands.js';
import { productionHeaders } from '../../shell/scripts/csp.js';
import { axe } from './support/axe.js';
import { SHELL_BUILD } from './support/shell-build.js';
import { openSignedIn } from './support/sign-in.js';
import { brandedProviders, startStack, type Stack } from './support/stack.js';

const VANTAA = EXAMPLE_BRANDS['0124610-9'];
const ESPOO = EXAMPLE_BRANDS['0101263-6'];
const APPS = ['timetable', 'messages', 'assessment', 'lunch', 'absences'];

/**
 * The colour of a design token on `root` (the portal's or a frame's `<html>`) as #rrggbb (the
 * production build's style sheets may write #ff0 for #ffff00).
 */
async function token(root: Locator, name: string): Promise<string> {
  const value = await root.evaluate(
    (el, property) => getComputedStyle(el).getPropertyValue(property).trim(),
    name,
  );
  return value.replace(/^#(\w)(\w)(\w)$/, '#$1$1$2$2$3$3');
}

/** The header's brand: its link, its name's text, its logo. */
function brand(page: Page): { link: Locator; logo: Locator } {
  const link = page.locator('d1-shell header a.brand');
  return { link, logo: link.locator('img') };
}

/** The absences app's document, in its iframe. */
function absences(page: Page): Locator {
  return page
    .locator('d1-shell > section.d1-app-area[data-d1-app="absences"]')
    .frameLocator('iframe')
    .locator('html');
}

/** The console errors of `page` about brands, as they come. */
function brandErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('brand')) errors.push(message.text());
  });
  return errors;
}

/** Chooses an item of the user menu: a child, or a theme. */
async function choose(page: Page, item: string): Promise<void> {
  await page.locator('d1-user-menu').click();
  await page.getByRole('menuitemradio', { name: item }).click();
}

test.describe('brands from the configuration', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    stack = await startStack({ exampleApps: true, providers: brandedProviders(APPS) });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test("a guardian wears each child's municipality's brand, in the frame and the iframe app", async ({
    page,
  }) => {
    const errors = brandErrors(page);
    const html = page.locator('html');
    await openSignedIn(page, stack.portal.origin, 'guardian');
    await choose(page, 'Aino Mäkelä');
    await expect(brand(page).link).toHaveText('Vantaan kaupunki');
    await expect(brand(page).logo).toHaveAttribute('src', VANTAA.logo);
    await expect(brand(page).logo).toHaveAttribute('alt', '');
    await expect.poll(() => token(html, '--d1-color-accent')).toBe(VANTAA.colors.light.accent);

    // The other child, in Espoo: the brand changes with the child, at once.
    await choose(page, 'Eetu Mäkelä');
    await expect(brand(page).link).toHaveText('Espoon kaupunki');
    await expect(brand(page).logo).toHaveAttribute('src', ESPOO.logo);
    expect(await token(html, '--d1-color-accent')).toBe(ESPOO.colors.light.accent);

    // An app in a frame of its own wears the brand the portal wears (context.tenant's colours).
    await page.evaluate(() => {
      history.pushState(null, '', '/poissaolot');
    });
    await expect(absences(page).getByRole('heading', { name: 'Ilmoita poissaolo' })).toBeVisible();
    await expect
      .poll(() => token(absences(page), '--d1-color-accent'))
      .toBe(ESPOO.colors.light.accent);
    await axe(page, 'light, Espoo: absences');

    await choose(page, 'Tumma');
    await expect(html).toHaveAttribute('data-d1-theme', 'dark');
    expect(await token(html, '--d1-color-accent')).toBe(ESPOO.colors.dark.accent);
    await expect
      .poll(() => token(absences(page), '--d1-color-accent'))
      .toBe(ESPOO.colors.dark.accent);
    await axe(page, 'dark, Espoo: absences');

    // High contrast takes no brand's colours; the name and logo stay.
    await choose(page, 'Suuri kontrasti');
    await expect(html).toHaveAttribute('data-d1-theme', 'high-contrast');
    expect(await token(html, '--d1-color-accent')).toBe('#ffff00');
    await expect.poll(() => token(absences(page), '--d1-color-accent')).toBe('#ffff00');
    await expect(brand(page).link).toHaveText('Espoon kaupunki');
    await axe(page, 'high contrast, Espoo: absences');

    // Back to the child in Vantaa, in the dark theme: Vantaa's dark colours, in the app too.
    await choose(page, 'Tumma');
    await choose(page, 'Aino Mäkelä');
    await expect(brand(page).link).toHaveText('Vantaan kaupunki');
    expect(await token(html, '--d1-color-accent')).toBe(VANTAA.colors.dark.accent);
    expect(errors).toEqual([]);
  });
});

test.describe('a brand that fails the contrast check', () => {
  let stack: Stack;
  test.beforeAll(async () => {
    const providers = brandedProviders(APPS);
    const faint = {
      ...VANTAA,
      colors: { ...VANTAA.colors, dark: { ...VANTAA.colors.dark, accent: '#5a1020' } },
    };
    stack = await startStack({
      exampleApps: true,
      providers: {
        ...providers,
        '0124610-9': { ...(providers['0124610-9'] as object), brand: faint },
      },
    });
  });
  test.afterAll(async () => {
    await stack.stop();
  });

  test("is not worn: DigiOne's is, with one console error naming the provider and field", async ({
    page,
  }) => {
    const errors = brandErrors(page);
    const html = page.locator('html');
    await openSignedIn(page, stack.portal.origin, 'guardian');
    await choose(page, 'Eetu Mäkelä');
    await expect(brand(page).link).toHaveText('Espoon kaupunki');
    await choose(page, 'Aino Mäkelä');
    await expect(brand(page).link).toHaveText('DigiOne');
    await expect(brand(page).logo).toHaveCount(0);
    // DigiOne's own accent (the light theme's blue).
    expect(await token(html, '--d1-color-accent')).toBe('#1d4fa3');
    await choose(page, 'Eetu Mäkelä');
    await choose(page, 'Aino Mäkelä');
    await expect(brand(page).link).toHaveText('DigiOne');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('0124610-9');
    expect(errors[0]).toContain('brand.colors.dark.accent');
  });
});

test("the deploy step's policy lets a brand's https logo load, and no other image origin", () => {
  const html = readFileSync(join(SHELL_BUILD, 'index.html'), 'utf8');
  const headers = productionHeaders(html, {
    config: {
      auth: { authority: 'https://mpass.example.fi', clientId: 'digione-portal' },
      providers: {
        '0124610-9': {
          name: VANTAA.name,
          brand: { ...VANTAA, logo: 'https://logos.example.fi/vantaa.svg' },
          apps: [],
        },
        '0101263-6': '/providers/espoo.json',
      },
    },
    registry: [],
    portalOrigin: 'https://portal.example.fi',
  });
  const policy = new Map(headers).get('Content-Security-Policy') ?? '';
  expect(policy).toContain("img-src 'self' data: https://logos.example.fi;");
});
