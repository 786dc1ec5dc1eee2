declare module 'virtual:digione-app' {
  const lifecycles: unknown;
  export default lifecycles;
}
declare module 'virtual:digione-manifest' {
  const manifest: unknown;
  export default manifest;
}
