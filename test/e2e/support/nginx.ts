/**
 * docs/deploy/nginx.conf as an operator installs it, run by a real nginx for the end-to-end tests of
 * the production build: the documented file with only its machine-specific paths and ports swapped
 * for a test prefix (a self-signed certificate, free ports of 127.0.0.1, the shell's production
 * build as `root`, the policy generated as the deploy step generates it). Everything else is the
 * documented text.
 *
 * The test prepares a prefix (its origin is known before nginx starts, so the identity provider and
 * the apps can be told the portal's address), deploys `/config.json`, `/registry.json` and the
 * policy into it, starts nginx, deploys again as an operator would (files rewritten; nginx
 * reloaded when the policy changed) and stops it. Starting, reloading and stopping wait for what
 * nginx reports (its workers started, the old ones gone, its exit), never for a time.
 *
 * `NGINX` names the executable when it is not on the usual paths.
 */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { nginxSnippet } from '../../../shell/scripts/csp.js';
import { freePort } from './sandbox.js';

const repo = join(import.meta.dirname, '..', '..', '..');

/** The deployment's nginx configuration, as docs/deploy documents it. */
export const DOCUMENTED_CONF = join(repo, 'docs', 'deploy', 'nginx.conf');

/** The name the documented file serves, which the plain-http redirect sends people to. */
export const SERVER_NAME = 'portal.example.fi';

/** The nginx executable: `NGINX`, else the usual places and the PATH; undefined when absent. */
function findNginx(): string | undefined {
  const candidates = process.env.NGINX
    ? [process.env.NGINX]
    : [
        '/usr/sbin/nginx',
        '/usr/local/sbin/nginx',
        '/usr/local/nginx/sbin/nginx',
        ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
      ];
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export interface NginxPorts {
  readonly http: number;
  readonly https: number;
}

/**
 * The documented file with what belongs to one machine swapped for the test's prefix: ports, the
 * certificate, the generated policy's `include`, `root`. IPv6 `listen` lines are left out (a test
 * machine may have no IPv6). Throws when the documented file no longer has a line a swap expects,
 * or when something of the documented machine is left outside comments.
 */
export function confForTest(conf: string, prefix: string, ports: NginxPorts): string {
  const swaps: [RegExp, string][] = [
    [/^\s*listen\s+\[::\]:\d+[^;]*;\n/gm, ''],
    [/\blisten\s+80\b/g, `listen 127.0.0.1:${ports.http}`],
    [/\blisten\s+443\b/g, `listen 127.0.0.1:${ports.https}`],
    [/\/etc\/ssl\/digione\//g, `${prefix}/ssl/`],
    [/\/etc\/nginx\/digione\//g, `${prefix}/digione/`],
    [/^(\s*root\s+)\/srv\/digione\/portal;/gm, `$1${prefix}/portal;`],
  ];
  let result = conf;
  for (const [pattern, replacement] of swaps) {
    if (!new RegExp(pattern.source, 'm').test(result)) {
      throw new Error(`${DOCUMENTED_CONF} has no line matching ${String(pattern)} any more`);
    }
    result = result.replace(pattern, replacement);
  }
  const left = /\/etc\/|\/srv\/|\[::\]/.exec(result.replace(/#.*$/gm, ''));
  if (left) throw new Error(`${DOCUMENTED_CONF}: "${left[0]}" of the documented machine is left`);
  return result;
}

/**
 * The `nginx.conf` of the test prefix: the main and events contexts an operator's distribution
 * provides, and the http context the documented file goes into, with temporary files and the pid
 * in the prefix. nginx runs as whoever runs the test (started as root, it would otherwise run its
 * workers as `nobody`, whose group a distribution may not have). Notices go to stderr: the test
 * follows nginx by them.
 */
function mainConfig(prefix: string): string {
  return `
pid ${prefix}/nginx.pid;
error_log stderr notice;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
events { worker_connections 256; }
http {
  types {
    text/html html;
    text/css css;
    text/javascript js;
    application/json json map;
    image/svg+xml svg;
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/conf.d/digione.conf;
}
`;
}

/** A self-signed certificate for SERVER_NAME in `dir` (fullchain.pem, privkey.pem). */
function makeCertificate(dir: string): { readonly cert: string; readonly key: string } {
  const keyFile = join(dir, 'privkey.pem');
  const certFile = join(dir, 'fullchain.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${SERVER_NAME}`,
      '-addext',
      `subjectAltName=DNS:${SERVER_NAME},IP:127.0.0.1`,
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(`openssl could not make the test certificate:\n${made.stderr}`);
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}

/** What an operator deploys beside the build: the deployment files and the generated policy. */
export interface NginxDeployment {
  /**
   * Files written into `root` beside index.html, by path: `config.json`, `registry.json`, an
   * education provider's own file (`providers/vantaa.json`).
   */
  readonly files: Readonly<Record<string, string>>;
  /** The policy's headers, as `npm run csp -- --nginx` writes them into csp.conf. */
  readonly policy: readonly (readonly [string, string])[];
}

export interface Nginx {
  /** The portal over https: `https://127.0.0.1:<port>` (the test's certificate). */
  readonly origin: string;
  /** The plain-http side, which only redirects. */
  readonly httpOrigin: string;
  /** The test's certificate (self-signed, for SERVER_NAME and 127.0.0.1). */
  readonly certificate: { readonly cert: string; readonly key: string };
  /** `nginx -t` of the prefix: its exit status and what it printed. */
  check(): { readonly status: number | null; readonly output: string };
  /** Writes the files and csp.conf; a running nginx is reloaded when the policy changed. */
  deploy(deployment: NginxDeployment): Promise<void>;
  /** Starts nginx; resolves once it serves. */
  start(): Promise<void>;
  /** Stops nginx (when running) and removes the prefix. */
  stop(): Promise<void>;
}

/** The pids of nginx's workers as it reports starting them, in `output` from `from` on. */
function startedWorkers(output: string, from = 0): string[] {
  return [...output.slice(from).matchAll(/start worker process (\d+)/g)].map(([, pid = '']) => pid);
}

/**
 * A prefix for nginx serving the production build `dist` with the documented configuration, on
 * free ports of 127.0.0.1; nothing runs until `start`. `dist` is linked, not copied: the build
 * stays as the run made it.
 */
export async function prepareNginx(dist: string): Promise<Nginx> {
  const executable = findNginx();
  if (!executable) {
    throw new Error(
      'nginx is not installed here (.ci/run installs it: apt-get install nginx; or set NGINX to its path)',
    );
  }
  const prefix = mkdtempSync(join(tmpdir(), 'digione-nginx-'));
  // nginx's workers read the files: the prefix is not the test's private folder.
  chmodSync(prefix, 0o755);
  for (const dir of ['ssl', 'digione', 'conf.d', 'tmp', 'portal']) mkdirSync(join(prefix, dir));
  const root = join(prefix, 'portal');
  for (const entry of readdirSync(dist)) symlinkSync(join(dist, entry), join(root, entry));
  const certificate = makeCertificate(join(prefix, 'ssl'));
  const ports = { http: await freePort(), https: await freePort() };
  writeFileSync(
    join(prefix, 'conf.d', 'digione.conf'),
    confForTest(readFileSync(DOCUMENTED_CONF, 'utf8'), prefix, ports),
  );
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConfig(prefix));
  const policyFile = join(prefix, 'digione', 'csp.conf');
  writeFileSync(policyFile, '');
  const args = ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr'];
  // Should the test process end without stopping it (a worker torn down), nginx and the prefix
  // go with it.
  const onExit = (): void => {
    child?.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  let child: ChildProcessByStdio<null, null, Readable> | undefined;
  let output = '';
  /** Resolves once `output` satisfies `done`; rejects when nginx exits or reports `[emerg]`. */
  const until = (done: () => boolean, from: number): Promise<void> => {
    const running = child;
    if (!running) return Promise.reject(new Error('nginx is not running'));
    return new Promise((resolve, reject) => {
      const onData = (): void => {
        if (output.includes('[emerg]', from)) {
          finish();
          reject(new Error(`nginx refused the configuration:\n${output.slice(from)}`));
        } else if (done()) {
          finish();
          resolve();
        }
      };
      const onExit = (code: number | null): void => {
        finish();
        reject(new Error(`nginx exited (${String(code)}):\n${output.slice(from)}`));
      };
      const finish = (): void => {
        running.stderr.off('data', onData);
        running.off('exit', onExit);
      };
      running.stderr.on('data', onData);
      running.once('exit', onExit);
      onData();
    });
  };

  const stopNginx = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (running?.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  return {
    origin: `https://127.0.0.1:${ports.https}`,
    httpOrigin: `http://127.0.0.1:${ports.http}`,
    certificate,
    check() {
      const result = spawnSync(executable, ['-t', ...args], { encoding: 'utf8' });
      return { status: result.status, output: result.stderr };
    },
    async deploy(deployment) {
      for (const [name, text] of Object.entries(deployment.files)) {
        const file = join(root, name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      const snippet = nginxSnippet(deployment.policy);
      if (snippet === readFileSync(policyFile, 'utf8')) return;
      writeFileSync(policyFile, snippet);
      const running = child;
      if (!running) return;
      // A reload, as an operator's `nginx -s reload`: new workers with the new configuration, the
      // old ones finish what they serve and exit. Done once the old ones are gone.
      const from = output.length;
      const old = startedWorkers(output).filter((pid) => !output.includes(`process ${pid} exited`));
      running.kill('SIGHUP');
      await until(
        () =>
          startedWorkers(output, from).length > 0 &&
          old.every((pid) => output.includes(`process ${pid} exited`, from)),
        from,
      );
    },
    async start() {
      if (child) return;
      output = '';
      const started = spawn(executable, [...args, '-g', 'daemon off;'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child = started;
      started.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      // nginx starts its workers once it listens.
      await until(() => startedWorkers(output).length > 0, 0);
    },
    async stop() {
      await stopNginx();
      rmSync(prefix, { recursive: true, force: true });
      process.off('exit', onExit);
    },
  };
}
