/** The local identity provider's HTML pages: security headers, escaping and languages. */
import { expect, test } from '@playwright/test';
import { CookieJar, fetchWithJar } from '../src/testing.js';
import { authorize, PORTAL, useIdentityProvider } from './support.js';

const idp = useIdentityProvider();

test.describe('pages', () => {
  test('carry a strict CSP and security headers, and escape what the user typed', async () => {
    const jar = new CookieJar();
    const page = await authorize(jar, idp);
    const headers = page.response.headers;
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain(`form-action 'self' ${PORTAL}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.response.text()).not.toMatch(/<script|style=/);

    const interaction = /\/interaction\/[\w-]+/.exec(page.url)?.[0] ?? '';
    const failed = await fetchWithJar(jar, `${idp.issuer}${interaction}/login`, {
      method: 'POST',
      body: new URLSearchParams({
        door: 'mpassid',
        lang: 'en',
        username: '"><script>alert(1)</script>',
        password: 'x',
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const text = await failed.text();
    expect(text).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(text).not.toContain('<script>');

    const css = await fetch(`${idp.issuer}/assets/digione-idp.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  test('follow ui_locales, and an unknown interaction gives a localized error', async () => {
    const jar = new CookieJar();
    const page = await authorize(jar, idp, { uiLocales: 'sv-FI en' });
    expect(await page.response.text()).toContain('<html lang="sv">');
    const missing = await fetch(`${idp.issuer}/interaction/nonexistent?lang=en`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('The sign-in expired');
  });
});
