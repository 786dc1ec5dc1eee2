/**
 * @digione/sdk/manifest: developer tooling for DigiOne Portal app manifests — validate one
 * manifest or a whole registry (`validateManifest`, `validateRegistry`) and find routes two apps
 * would both claim (`routesCollide`). The manifest's own types are also in `@digione/sdk`.
 */
export { validateManifest, validateRegistry, routesCollide } from './validate.js';
export type * from './types.js';
