/**
 * App and language switches: in each run every app is loaded once, then the page switches between
 * loaded apps, then through a cycle of languages; each time is from the click's event to the
 * render that shows it.
 */
import type { Locale } from '@digione/sdk';
import { BENCH_APPS } from '../apps/manifests.js';
import { ratio } from '../stats.js';
import {
  bothKinds,
  clickToRender,
  figures,
  load,
  LOCALE_NAMES,
  NAV,
  open,
  repeat,
  rotate,
  settle,
  type Env,
  type Figures,
  type Kind,
} from './common.js';
import type { Page } from '@playwright/test';

/** Switches to measure per run, besides the first load of each app. */
const LOADED_SWITCHES_PER_RUN = 12;
/** The language cycle of each run (it ends where it began, in Finnish). */
const LANGUAGE_CYCLE: readonly Locale[] = ['sv', 'en', 'fi', 'en', 'sv', 'fi'];

/** Chooses `locale` in the page's language control and answers ms until everything shows it. */
async function switchLanguage(page: Page, kind: Kind, locale: Locale): Promise<number> {
  const item =
    kind === 'shell'
      ? page.getByRole('menuitemradio', { name: LOCALE_NAMES[locale], exact: true })
      : page.locator(NAV.baseline).getByRole('button', { name: LOCALE_NAMES[locale], exact: true });
  if (kind === 'shell') {
    await page.locator('d1-language-picker').getByRole('button').first().click();
    await item.waitFor();
  }
  await page.evaluate(
    (spec) => {
      window.__d1bench?.armLanguage(spec);
    },
    {
      locale,
      nav: NAV[kind],
      labels: BENCH_APPS.map((app) => app.name[locale]),
    },
  );
  const before = (await page.evaluate(() => window.__d1bench?.now())) ?? 0;
  await item.click();
  const shown = await page.evaluate(() => window.__d1bench?.languageShown());
  const clicked = await page.evaluate(() => window.__d1bench?.lastClick());
  if (shown === undefined || clicked === undefined || !(clicked >= before)) {
    throw new Error(`The choice of "${locale}" was not seen by the page.`);
  }
  await settle(page);
  return shown - clicked;
}

interface SwitchSample {
  readonly firstLoad: number[];
  readonly loaded: number[];
  /** Switches to a language the page has shown before (its translations loaded). */
  readonly language: number[];
  /** Switches to a language the page shows for the first time (translations fetched on demand). */
  readonly languageFirst: number[];
  /** The shell's own measures of the first loads: import, bootstrap, mount (ms each). */
  readonly steps: { load: number[]; bootstrap: number[]; mount: number[] };
}

async function switchRun(env: Env, kind: Kind, run: number): Promise<SwitchSample> {
  const tab = await open(env, kind);
  try {
    const { page } = tab;
    await load(page, env, kind, '/');
    await settle(page);
    // Each run loads the apps in another order.
    const order = rotate(BENCH_APPS, run);
    const firstLoad: number[] = [];
    for (const app of order) firstLoad.push(await clickToRender(page, kind, app));
    const loaded: number[] = [];
    for (let i = 0; i < LOADED_SWITCHES_PER_RUN; i++) {
      loaded.push(await clickToRender(page, kind, order[i % order.length]));
    }
    const language: number[] = [];
    const languageFirst: number[] = [];
    const shown = new Set<Locale>(['fi']);
    for (const locale of LANGUAGE_CYCLE) {
      const time = await switchLanguage(page, kind, locale);
      (shown.has(locale) ? language : languageFirst).push(time);
      shown.add(locale);
    }
    const steps = { load: [] as number[], bootstrap: [] as number[], mount: [] as number[] };
    if (kind === 'shell') {
      for (const app of order) {
        for (const step of ['load', 'bootstrap', 'mount'] as const) {
          const durations = await page.evaluate(
            (name) => window.__d1bench?.measures(name) ?? [],
            `digione:app:${app.id}:${step}`,
          );
          const first = durations.at(0);
          if (first !== undefined) steps[step].push(first);
        }
      }
    }
    return { firstLoad, loaded, language, languageFirst, steps };
  } finally {
    await tab.close();
  }
}

export interface SwitchFigures {
  /** Click → render of an app loaded (and mounted) before. */
  readonly loaded: Figures;
  /** Click → render of an app loaded the first time (import, bootstrap, mount). */
  readonly firstLoad: Figures;
  /** Click → the page and every mounted app show a language shown before. */
  readonly language: Figures;
  /** The same, for a language shown the first time (its translations are fetched first). */
  readonly languageFirst: Figures;
}

export interface SwitchComparison {
  readonly shell: SwitchFigures;
  readonly baseline: SwitchFigures;
  readonly ratio: {
    readonly loaded: number | null;
    readonly firstLoad: number | null;
    readonly language: number | null;
    readonly languageFirst: number | null;
  };
  /** The shell's measures of a first load, by step (median ms). */
  readonly shellSteps: {
    readonly load: Figures;
    readonly bootstrap: Figures;
    readonly mount: Figures;
  };
}

export async function measureSwitches(env: Env): Promise<SwitchComparison> {
  const samples = await repeat(env, 'app and language switches', (run) =>
    bothKinds(run, (kind) => switchRun(env, kind, run)),
  );
  const of = (kind: Kind): SwitchFigures => ({
    loaded: figures(samples.flatMap((s) => s[kind].loaded)),
    firstLoad: figures(samples.flatMap((s) => s[kind].firstLoad)),
    language: figures(samples.flatMap((s) => s[kind].language)),
    languageFirst: figures(samples.flatMap((s) => s[kind].languageFirst)),
  });
  const shell = of('shell');
  const baseline = of('baseline');
  return {
    shell,
    baseline,
    ratio: {
      loaded: ratio(shell.loaded.summary, baseline.loaded.summary),
      firstLoad: ratio(shell.firstLoad.summary, baseline.firstLoad.summary),
      language: ratio(shell.language.summary, baseline.language.summary),
      languageFirst: ratio(shell.languageFirst.summary, baseline.languageFirst.summary),
    },
    shellSteps: {
      load: figures(samples.flatMap((s) => s.shell.steps.load)),
      bootstrap: figures(samples.flatMap((s) => s.shell.steps.bootstrap)),
      mount: figures(samples.flatMap((s) => s.shell.steps.mount)),
    },
  };
}
