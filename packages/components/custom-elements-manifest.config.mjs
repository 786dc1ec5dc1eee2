// Custom Elements Manifest for @digione/components: the JSDoc on each element becomes
// custom-elements.json, which feeds Storybook's docs and controls and editors' completions.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/localization/generated/**'],
  litelement: true,
};
