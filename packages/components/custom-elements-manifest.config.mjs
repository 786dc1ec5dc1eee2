// Custom Elements Manifest for @digione/components: the JSDoc on each element becomes
// custom-elements.json, which feeds Storybook's docs and controls and editors' completions.

/** Members that are implementation, not API: private (#x), protected, and Lit/platform statics. */
const INTERNAL_STATICS = new Set(['styles', 'formAssociated', 'shadowRootOptions', 'version']);
const isApi = (member) =>
  !member.name.startsWith('#') &&
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !(member.static && INTERNAL_STATICS.has(member.name));

/** Keeps the manifest to the public API, so Storybook's tables show only what a vendor may use. */
const publicApiOnly = () => ({
  name: 'digione-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter(isApi);
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/fixtures/**', 'src/localization/generated/**'],
  litelement: true,
  plugins: [publicApiOnly()],
};
