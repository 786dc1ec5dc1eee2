import { defaultClientConditions, defineConfig } from 'vite';

/**
 * What no development server of this repository hands out, though Vite serves any file of the
 * repository under `/@fs/`: Vite's own defaults (which a list given here replaces, so they are
 * repeated), and `.keys` folders — the local identity provider keeps its private signing keys in
 * `packages/dev-idp/.keys/`.
 */
export const SERVER_FS_DENY = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
  '**/.keys/**',
];

/**
 * Vite settings shared by everything served from this repository: Storybook (which loads this file),
 * the portal shell (shell/vite.config.ts) and the iframe apps' development servers. Workspace
 * packages resolve to their TypeScript sources through the `@digione/source` export condition, so
 * nothing needs building before a dev server starts.
 */
export default defineConfig({
  resolve: {
    conditions: ['@digione/source', ...defaultClientConditions],
  },
  server: {
    fs: { deny: SERVER_FS_DENY },
  },
  build: {
    target: 'es2022',
  },
});
