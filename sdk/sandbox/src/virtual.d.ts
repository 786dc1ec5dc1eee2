// The modules `digione-sandbox` (cli.mjs) serves to the sandbox page.
declare module 'virtual:digione-app' {
  /** The app entry's lifecycles (for an iframe app, nothing: the page is framed instead). */
  const lifecycles: unknown;
  export default lifecycles;
}
declare module 'virtual:digione-manifest' {
  /** The app's manifest.json as parsed JSON (null when there is none). */
  const manifest: unknown;
  export default manifest;
}
declare module 'virtual:digione-sandbox' {
  const config: {
    /** The manifest's isolation when the sandbox started. */
    readonly isolation: 'module' | 'iframe';
    /** Where the CLI serves an iframe app (an IframeAppPlace); null for a module app. */
    readonly iframe: {
      readonly url: string;
      readonly origin: string;
      readonly standsInFor?: string;
      /** The portals the app accepts, as written into its pages. */
      readonly shellOrigins?: string;
    } | null;
    /** Coded problems the CLI found after it started (shown with the lifecycle errors). */
    readonly problems: readonly string[];
    /** Where to sign in for real (`--idp`, `--client-id`); null for the test people. */
    readonly idp: { readonly authority: string; readonly clientId: string } | null;
  };
  export default config;
}
