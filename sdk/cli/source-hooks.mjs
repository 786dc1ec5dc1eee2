// Module resolution hooks for running `digione` from this repository's sources: every import also
// matches the "@digione/source" export condition, so `@digione/sdk/*` and `@digione/components/*`
// resolve to their TypeScript sources (which tsx then compiles), as the workspace's own tools do.
const SOURCE = '@digione/source';

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes(SOURCE)
    ? context.conditions
    : [SOURCE, ...context.conditions];
  return nextResolve(specifier, { ...context, conditions });
}
