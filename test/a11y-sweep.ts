/**
 * The accessibility sweep: every story of the built Storybook (storybook-static), in each of fi, sv and
 * en, loaded in the system Chromium and checked with axe-core against the WCAG 2.1 A and AA rules.
 * A story passes in a language when axe finds no violation and the page logs no console error.
 * Storybook's preview is loaded once per batch of stories and switched story by story through its
 * channel, as the Storybook UI does. (Its own a11y addon is switched to manual here, so that only
 * one axe run is under way.) axe-core goes into the preview once (support/axe.ts), not once a story.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { chromiumArgs, findChromium } from './support/browser.mjs';
import { recordCounts } from './support/counts.js';

const LOCALES = ['fi', 'sv', 'en'] as const;
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

/**
 * Stories checked in one page load: each of the parallel pages loads Storybook's preview once per
 * language and switches it story by story. A load costs as much as dozens of checks: with batches
 * of 20 the sweep took half as much processor time again.
 */
const BATCH = Math.ceil(stories.length / PARALLEL);

/**
 * Shows a story in the already loaded preview through Storybook's channel and waits for it. Plain
 * JavaScript in a string: it runs in the page, untouched by the TypeScript loader's helpers.
 */
const SHOW_STORY = `(id) => new Promise((resolve, reject) => {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const events = { storyRendered: null, storyErrored: null, storyThrewException: null };
  const finish = () => {
    clearTimeout(timer);
    for (const [name, listener] of Object.entries(events)) channel.off(name, listener);
  };
  const timer = setTimeout(() => { finish(); reject(new Error('story ' + id + ' did not render within 15 s')); }, 15000);
  events.storyRendered = (arg) => { if (arg === id) { finish(); resolve(); } };
  events.storyErrored = events.storyThrewException = (arg) => {
    finish();
    reject(new Error('story ' + id + ' failed to render: ' + JSON.stringify(arg)));
  };
  for (const [name, listener] of Object.entries(events)) channel.on(name, listener);
  channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
})`;

async function showStory(page: Page, storyId: string): Promise<void> {
  await page.evaluate(`(${SHOW_STORY})(${JSON.stringify(storyId)})`);
}

async function checkBatch(
  browser: Browser,
  base: string,
  batch: IndexEntry[],
  locale: string,
  report: (outcome: Outcome) => void,
): Promise<void> {
  // Reduced motion, which the components honour: a spinner or shimmer stands still for axe to
  // read its colours, and costs no frames while it waits.
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  let problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const [first] = batch as [IndexEntry, ...IndexEntry[]];
    const url = `${base}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=story&globals=locale:${locale};a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-main') ||
        document.body.classList.contains('sb-show-errordisplay'),
      null,
      { timeout: 15_000 },
    );
    for (const [i, story] of batch.entries()) {
      try {
        if (i > 0) await showStory(page, story.id);
        if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
          problems.push(
            `story failed to render: ${await page.locator('#error-message').innerText()}`,
          );
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
        for (const v of await axeViolations(page, '#storybook-root')) {
          const targets = v.nodes.map((n) => n.target.join(' ')).join('; ');
          problems.push(`axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${targets}`);
        }
      } catch (error) {
        problems.push(`could not check: ${error instanceof Error ? error.message : String(error)}`);
      }
      report({ story, locale, problems });
      problems = [];
    }
  } catch (error) {
    // The preview itself did not load: every story of the batch fails with that reason.
    const reason = `could not load Storybook: ${error instanceof Error ? error.message : String(error)}`;
    for (const story of batch) report({ story, locale, problems: [...problems, reason] });
  } finally {
    await context.close();
  }
}

const server = await serve();
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const queue = LOCALES.flatMap((locale) =>
  Array.from({ length: Math.ceil(stories.length / BATCH) }, (_, i) => ({
    locale,
    batch: stories.slice(i * BATCH, (i + 1) * BATCH),
  })),
);
const outcomes: Outcome[] = [];
const report = (outcome: Outcome) => {
  outcomes.push(outcome);
  const mark = outcome.problems.length ? '✗' : '✓';
  console.log(`${mark} ${outcome.story.title} / ${outcome.story.name} [${outcome.locale}]`);
  for (const p of outcome.problems) console.log(`    ${p}`);
};
try {
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        await checkBatch(browser, base, job.batch, job.locale, report);
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
recordCounts('a11y', {
  passed,
  failed,
  skipped: 0,
  failures: outcomes
    .filter((o) => o.problems.length > 0)
    .map((o) => `${o.story.title} / ${o.story.name} [${o.locale}]: ${o.problems[0] ?? ''}`),
});
process.exitCode = failed === 0 && stories.length > 0 ? 0 : 1;
