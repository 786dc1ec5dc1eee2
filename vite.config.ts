import { defaultClientConditions, defineConfig } from 'vite';

/**
 * Vite settings shared by everything served from this repository: Storybook (which loads this file)
 * and, in later issues, the portal shell. Workspace packages resolve to their TypeScript sources
 * through the `@digione/source` export condition, so nothing needs building before a dev server starts.
 */
export default defineConfig({
  resolve: {
    conditions: ['@digione/source', ...defaultClientConditions],
  },
  build: {
    target: 'es2022',
  },
});
