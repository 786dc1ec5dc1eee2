// The lint plugins ship no type declarations; eslint.config.ts uses only their configs.
declare module 'eslint-plugin-lit-a11y' {
  import type { ESLint, Linter } from 'eslint';
  const plugin: ESLint.Plugin & { configs: { recommended: Linter.LegacyConfig } };
  export default plugin;
}
