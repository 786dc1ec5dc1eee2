/**
 * The browser of a benchmark run: the system's headless Chromium, driven by Playwright, with the
 * DevTools protocol for what Playwright does not expose — CPU and network throttling, forced
 * garbage collection, heap and DOM counters, detached DOM nodes.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { chromiumArgs, findChromium } from '../test/support/browser.mjs';

/** The whole browser, as people run it (not the tests' headless shell): its figures are theirs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium({ whole: true }),
    args: chromiumArgs(),
    headless: true,
  });
}

/**
 * DevTools' "Slow 4G" preset (devtools-frontend NetworkManager): 562.5 ms latency, 1.44 Mbit/s
 * down, 675 kbit/s up. Throughputs are in bytes per second.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
} as const;

/** How a page is slowed down: not at all, or 4× CPU slowdown with Slow 4G. */
export type Throttling = 'none' | 'slow';

/** A fresh browser context (empty cache and storage) with one page, in Finnish. */
export interface Tab {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * Opens a fresh context and page with the probe installed (and `init`, if given, run before the
 * page's scripts), throttled as asked, before anything loads.
 */
export async function openTab(
  browser: Browser,
  probe: string,
  options: { readonly throttling?: Throttling; readonly init?: string } = {},
): Promise<Tab> {
  const context = await browser.newContext({
    locale: 'fi-FI',
    viewport: { width: 1280, height: 800 },
  });
  if (options.init) await context.addInitScript({ content: options.init });
  await context.addInitScript({ content: probe });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (options.throttling === 'slow') {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  return {
    context,
    page,
    cdp,
    close: () => context.close(),
  };
}

/** JS heap and DOM figures of a page after forced garbage collection. */
export interface MemorySample {
  /** Bytes of the JS heap in use. */
  readonly heapUsed: number;
  /** DOM nodes alive in the page's renderer (attached or not). */
  readonly nodes: number;
  readonly jsEventListeners: number;
  readonly documents: number;
  /**
   * Detached DOM elements (in no document, kept alive by JS), or null where this Chromium cannot
   * tell (`DOM.getDetachedDomNodes`).
   */
  readonly detached: number | null;
  /**
   * Of those, the ones that are not `<template>` elements. Lit keeps one detached `<template>` per
   * distinct template it has rendered, by design; anything else detached is a leak.
   */
  readonly detachedOther: number | null;
}

/** Collects garbage (several passes, as DevTools' button does once) and samples memory. */
export async function sampleMemory(cdp: CDPSession): Promise<MemorySample> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const detached = await detachedElements(cdp);
  return {
    heapUsed: heap.usedSize,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
    detached: detached?.length ?? null,
    detachedOther: detached?.filter((name) => name !== 'TEMPLATE').length ?? null,
  };
}

/** Sends a DevTools protocol command that Playwright's types do not list. */
function sendRaw(cdp: CDPSession, method: string): Promise<unknown> {
  const send = cdp.send.bind(cdp) as (method: string) => Promise<unknown>;
  return send(method);
}

/**
 * The node names of the detached DOM elements the page keeps alive (`DOM.getDetachedDomNodes`,
 * Chromium 125 and later), or undefined where the command is missing.
 */
async function detachedElements(cdp: CDPSession): Promise<string[] | undefined> {
  try {
    await cdp.send('DOM.enable');
    const result = (await sendRaw(cdp, 'DOM.getDetachedDomNodes')) as {
      detachedNodes?: readonly { treeNode: { nodeName: string } }[];
    };
    return (result.detachedNodes ?? []).map((node) => node.treeNode.nodeName);
  } catch {
    return undefined;
  } finally {
    await cdp.send('DOM.disable').catch(() => undefined);
  }
}
