/**
 * The shell's production build the end-to-end tests run, made once per run before any test
 * (Playwright's global setup) in a folder of its own, so a test never meets a stale `shell/dist`.
 */
import { join } from 'node:path';
import { buildPortal } from '../../../shell/scripts/production-server.js';

export const SHELL_BUILD = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'node_modules',
  '.cache',
  'digione-e2e',
  'shell',
);

export default async function buildShellForTests(): Promise<void> {
  await buildPortal(SHELL_BUILD);
}
