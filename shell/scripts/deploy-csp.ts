/**
 * `npm run csp -w @digione/shell -- --config <config.json> [--registry <registry.json>] [options]`:
 * the Content-Security-Policy of one deployment of the built shell, printed on one line. The
 * policy joins what the build holds (the import map's hash, from dist/index.html) with what the
 * deployment configures (the identity provider, the registry and its apps). Run it again whenever
 * the build, /config.json or /registry.json changes. See README "Deploying". When /config.json
 * names `cspReports`, the policy reports violations there, and the `Reporting-Endpoints` header it
 * needs is written beside it (`--nginx`) or printed on stderr for a CDN's settings.
 *
 *   --dist <dir>         the built shell (default: shell/dist)
 *   --config <file>      the deployment's /config.json (required)
 *   --registry <file>    the deployment's app registry, when /config.json names one
 *   --origin <url>       the portal's own origin, e.g. https://portal.vantaa.fi (for relative URLs)
 *   --connect <origin>   one more origin the page may fetch from (repeatable), e.g. an app's API
 *                        whose audience is a URN rather than the API's URL
 *   --nginx <file>       also write the `add_header` lines (the policy, Reporting-Endpoints) for
 *                        nginx's `include`
 *   --out <file>         also write the bare header value (for a CDN's header settings)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  deploymentSources,
  inlineScriptHashes,
  contentSecurityPolicy,
  nginxSnippet,
  policyHeaders,
} from './csp.js';

/** Paths are meant from where the person typed the command, not from the workspace npm runs in. */
const cwd = process.env.INIT_CWD ?? process.cwd();
const shellDir = resolve(import.meta.dirname, '..');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(resolve(cwd, file), 'utf8')) as unknown;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: resolve(shellDir, 'dist') },
      config: { type: 'string' },
      registry: { type: 'string' },
      origin: { type: 'string' },
      connect: { type: 'string', multiple: true, default: [] },
      nginx: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.config) {
    console.error("Give the deployment's configuration: --config <path of config.json>.");
    return 2;
  }
  const html = readFileSync(resolve(cwd, values.dist, 'index.html'), 'utf8');
  const scriptHashes = inlineScriptHashes(html);
  if (scriptHashes.length === 0) {
    console.error(`${values.dist}/index.html holds no import map: is it DigiOne's built shell?`);
    return 1;
  }
  const sources = deploymentSources({
    config: readJson(values.config),
    registry: values.registry ? readJson(values.registry) : undefined,
    connect: values.connect,
    ...(values.origin ? { portalOrigin: values.origin } : {}),
  });
  for (const reason of sources.skipped) {
    console.error(`Left out of the policy (the portal skips this app too): ${reason}`);
  }
  const policy = contentSecurityPolicy({ ...sources, scriptHashes });
  const headers = policyHeaders({ ...sources, scriptHashes });
  if (values.nginx) writeFileSync(resolve(cwd, values.nginx), nginxSnippet(headers));
  if (values.out) writeFileSync(resolve(cwd, values.out), `${policy}\n`);
  const reporting = headers.find(([name]) => name === 'Reporting-Endpoints');
  if (reporting && !values.nginx) {
    console.error(`Send this header with the policy: Reporting-Endpoints: ${reporting[1]}`);
  }
  console.log(policy);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
