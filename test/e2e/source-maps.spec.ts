/**
 * The production build's source maps stay with the operator: the shipped code does not name them
 * (`sourcemap: 'hidden'`), and nginx with docs/deploy/nginx.conf answers 404 for any `.map`
 * (support/nginx.ts, as the tests run the portal). An operator who wants them served opts in, in
 * nginx (README "Deploying").
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { test, expect } from '@playwright/test';
import { prepareNginx, type Nginx } from './support/nginx.js';
import { SHELL_BUILD } from './support/shell-build.js';

/** The build's files, as paths on the portal (`/assets/boot-….js`). */
function builtFiles(): string[] {
  return readdirSync(SHELL_BUILD, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(SHELL_BUILD, `${entry.parentPath}${sep}${entry.name}`)}`)
    .map((path) => path.split(sep).join('/'));
}

let portal: Nginx;
test.beforeAll(async () => {
  portal = await prepareNginx(SHELL_BUILD);
  const config = { auth: { authority: 'http://127.0.0.1:9', clientId: 'digione-portal' } };
  await portal.deploy({ files: { 'config.json': JSON.stringify(config) }, policy: [] });
  await portal.start();
});
test.afterAll(async () => {
  await portal.stop();
});

test('the production build’s code does not name its source maps, and the portal does not serve them', async ({
  request,
}) => {
  const files = builtFiles();
  const scripts = files.filter((path) => path.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const path of scripts) {
    const script = await request.get(`${portal.origin}${path}`);
    expect(script.status(), path).toBe(200);
    if ((await script.text()).includes('sourceMappingURL')) problems.push(`${path} names its map`);
    // Whether the build wrote the map or not, nobody gets it.
    const map = await request.get(`${portal.origin}${path}.map`);
    if (map.status() !== 404) problems.push(`${path}.map answered ${map.status()}`);
  }
  for (const path of files.filter((file) => file.endsWith('.map'))) {
    const map = await request.get(`${portal.origin}${path}`);
    if (map.status() !== 404) problems.push(`${path} answered ${map.status()}`);
  }
  expect(problems).toEqual([]);
  // A route that only looks like a map is not the portal's page either.
  expect((await request.get(`${portal.origin}/kartta.map`)).status()).toBe(404);
});
