/**
 * The accessibility sweep: every story of the built Storybook (storybook-static), in each of fi, sv and
 * en in the light theme, and in Finnish in the dark and high-contrast themes too, loaded in the system
 * Chromium and checked with axe-core against the WCAG 2.1 A and AA rules (colour contrast included).
 * A story passes in a language and theme when axe finds no violation and the page logs no console
 * error. Storybook's preview is loaded once per batch of stories and language, and switched story by
 * story and theme by theme through its channel, as the Storybook UI and its toolbar do. (Its own a11y addon is switched to manual here, so that only
 * one axe run is under way.) axe-core goes into the preview once (support/axe.ts), not once a story.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from 'playwright-core';
import { COLOUR_RULES, axeViolations } from './support/axe.js';
import { chromiumArgs, findChromium } from './support/browser.mjs';
import { recordCounts } from './support/counts.js';
import { THEMES, type Theme } from '../packages/components/src/tokens/tenants.js';

const LOCALES = ['fi', 'sv', 'en'] as const;
/**
 * The themes a story is checked in, by language. The strings do not change a theme's colours, so
 * the dark and high-contrast themes are checked in Finnish, the source language, only.
 */
const THEMES_BY_LOCALE: Record<(typeof LOCALES)[number], readonly Theme[]> = {
  fi: THEMES,
  sv: ['light'],
  en: ['light'],
};
const PARALLEL = 2;

// DIGIONE_STORYBOOK_STATIC names another build's folder, so that several checks can share a machine.
const staticDir =
  process.env.DIGIONE_STORYBOOK_STATIC ?? join(import.meta.dirname, '..', 'storybook-static');
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
  theme: Theme;
  problems: string[];
}

/**
 * Stories checked in one page load: each of the parallel pages loads Storybook's preview once per
 * language and switches it story by story. A load costs as much as dozens of checks: with batches
 * of 20 the sweep took half as much processor time again.
 */
const BATCH = Math.ceil(stories.length / PARALLEL);

/**
 * Sends one message on Storybook's channel (`setCurrentStory` to show a story, `updateGlobals` to
 * switch theme as the toolbar does) and waits until story `id` has rendered after it. Plain
 * JavaScript in a string: it runs in the page, untouched by the TypeScript loader's helpers.
 */
const EMIT_AND_RENDER = `(id, name, payload) => new Promise((resolve, reject) => {
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
  channel.emit(name, payload);
})`;

async function emitAndRender(
  page: Page,
  storyId: string,
  name: string,
  payload: unknown,
): Promise<void> {
  const args = [storyId, name, payload].map((arg) => JSON.stringify(arg)).join(', ');
  await page.evaluate(`(${EMIT_AND_RENDER})(${args})`);
}

async function checkBatch(
  browser: Browser,
  base: string,
  batch: IndexEntry[],
  locale: string,
  themes: readonly Theme[],
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
    let current = first.id;
    for (const [t, theme] of themes.entries()) {
      if (t > 0) await emitAndRender(page, current, 'updateGlobals', { globals: { theme } });
      for (const story of batch) {
        try {
          if (story.id !== current) {
            await emitAndRender(page, story.id, 'setCurrentStory', {
              storyId: story.id,
              viewMode: 'story',
            });
            current = story.id;
          }
          const shown = await page.evaluate(() => document.documentElement.dataset.d1Theme);
          if (shown !== theme) problems.push(`the preview shows theme "${shown}", not "${theme}"`);
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
          // A theme changes only colours: in the light theme every rule is checked, in the others
          // the rules that colours decide (contrast), at a third of the cost.
          const only = theme === 'light' ? {} : { only: COLOUR_RULES };
          for (const v of await axeViolations(page, '#storybook-root', only)) {
            const targets = v.nodes.map((n) => n.target.join(' ')).join('; ');
            problems.push(`axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${targets}`);
          }
        } catch (error) {
          problems.push(
            `could not check: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        report({ story, locale, theme, problems });
        problems = [];
      }
    }
  } catch (error) {
    // The preview itself did not load: every story of the batch fails with that reason.
    const reason = `could not load Storybook: ${error instanceof Error ? error.message : String(error)}`;
    for (const story of batch)
      report({ story, locale, theme: 'light', problems: [...problems, reason] });
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
    themes: THEMES_BY_LOCALE[locale],
    batch: stories.slice(i * BATCH, (i + 1) * BATCH),
  })),
);
const outcomes: Outcome[] = [];
const where = ({ locale, theme }: Outcome) => (theme === 'light' ? locale : `${locale}, ${theme}`);
const report = (outcome: Outcome) => {
  outcomes.push(outcome);
  const mark = outcome.problems.length ? '✗' : '✓';
  console.log(`${mark} ${outcome.story.title} / ${outcome.story.name} [${where(outcome)}]`);
  for (const p of outcome.problems) console.log(`    ${p}`);
};
try {
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        await checkBatch(browser, base, job.batch, job.locale, job.themes, report);
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
  `\naccessibility sweep: ${stories.length} stories × ${LOCALES.length} languages ` +
    `(and ${THEMES.length - 1} more themes in Finnish): ` +
    `${passed} passed, ${failed} failed`,
);
recordCounts('a11y', {
  passed,
  failed,
  skipped: 0,
  failures: outcomes
    .filter((o) => o.problems.length > 0)
    .map((o) => `${o.story.title} / ${o.story.name} [${where(o)}]: ${o.problems[0] ?? ''}`),
});
process.exitCode = failed === 0 && stories.length > 0 ? 0 : 1;
