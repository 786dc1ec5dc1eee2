/**
 * The shell's production build, as `npm run build -w @digione/shell` makes it, into a folder of the
 * caller's: what the end-to-end tests serve through nginx and what the benchmark measures.
 */
import { join } from 'node:path';
import { build as viteBuild } from 'vite';

const repo = join(import.meta.dirname, '..', '..');

/** Builds the shell for production into `outDir`. */
export async function buildPortal(outDir: string): Promise<void> {
  await viteBuild({
    configFile: join(repo, 'shell', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
