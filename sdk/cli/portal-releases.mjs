// The DigiOne Portal releases `digione validate --portal <release>` knows, each with the version of
// the app contract it runs apps under (CONTRACT_VERSION of the SDK it was built with). A new portal
// release adds its line; a release whose contract version changed is where apps' "contract" ranges
// start to matter.

/** Portal release → the contract version it speaks, oldest first. */
export const PORTAL_RELEASES = Object.freeze({
  '0.1.0': '1.0.0',
});

/**
 * Portal release `release` ("latest": the newest listed) and its contract version, or undefined
 * when the release is not listed.
 * @param {string} release
 * @returns {{ release: string, contract: string } | undefined}
 */
export function portalRelease(release) {
  const releases = Object.entries(PORTAL_RELEASES);
  const found =
    release === 'latest' ? releases.at(-1) : releases.find(([name]) => name === release);
  return found ? { release: found[0], contract: found[1] } : undefined;
}
