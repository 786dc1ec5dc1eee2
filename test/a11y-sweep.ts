/**
 * The accessibility sweep: every story of the built Storybook (storybook-static), in each of fi, sv and
 * en, loaded in the system Chromium and checked with axe-core against the WCAG 2.1 A and AA rules.
 * A story passes in a language when axe finds no violation and the page logs no console error.
 * (Storybook's own a11y addon is switched to manual here, so that only one axe run is under way.)
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { chromiumArgs, findChromium } from './support/browser.mjs';
import { recordCounts } from './support/counts.js';

const LOCALES = ['fi', 'sv', 'en'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PARALLEL = 2;

const staticDir = join(import.meta.dirname, '..', 'storybook-static');
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('No built Storybook in storybook-static/: run `npm run build-storybook` first.');
  process.exit(1);
}

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

function serve(): Promise<Server> {
  const handler = sirv(staticDir, { dev: false, etag: true });
  const server = createServer((req, res) => {
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    }),
  );
}

interface Outcome {
  story: IndexEntry;
  locale: string;
  problems: string[];
}

async function check(
  browser: Browser,
  base: string,
  story: IndexEntry,
  locale: string,
): Promise<Outcome> {
  // @axe-core/playwright needs a page of its own context.
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale};a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-main') ||
        document.body.classList.contains('sb-show-errordisplay'),
      null,
      { timeout: 15_000 },
    );
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      problems.push(`story failed to render: ${await page.locator('#error-message').innerText()}`);
    }
    // Let every DigiOne element finish its first render before axe looks.
    await page.evaluate(async () => {
      const pending = [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('d1-'))
        .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete);
      await Promise.all(pending.map((p) => p ?? Promise.resolve()));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== locale) problems.push(`<html lang> is "${lang}", not "${locale}"`);
    const results = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .include('#storybook-root')
      .analyze();
    for (const v of results.violations) {
      const targets = v.nodes.map((n) => n.target.join(' ')).join('; ');
      problems.push(`axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${targets}`);
    }
  } catch (error) {
    problems.push(`could not check: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close();
  }
  return { story, locale, problems };
}

const server = await serve();
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const queue = stories.flatMap((story) => LOCALES.map((locale) => ({ story, locale })));
const outcomes: Outcome[] = [];
try {
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const outcome = await check(browser, base, job.story, job.locale);
        outcomes.push(outcome);
        const mark = outcome.problems.length ? '✗' : '✓';
        console.log(`${mark} ${job.story.title} / ${job.story.name} [${job.locale}]`);
        for (const p of outcome.problems) console.log(`    ${p}`);
      }
    }),
  );
} finally {
  await browser.close();
  server.close();
}

const failed = outcomes.filter((o) => o.problems.length > 0).length;
const passed = outcomes.length - failed;
console.log(
  `\naccessibility sweep: ${stories.length} stories × ${LOCALES.length} languages, ` +
    `${passed} passed, ${failed} failed`,
);
recordCounts('a11y', { passed, failed, skipped: 0 });
process.exitCode = failed === 0 && stories.length > 0 ? 0 : 1;
