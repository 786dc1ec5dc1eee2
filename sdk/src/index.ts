/**
 * @digione/sdk: what a vendor uses to ship an app or widget that runs inside the DigiOne Portal.
 * This first release carries the contract version and its range checks; the app contract, the
 * shared context and the manifest schema build on it.
 */
export { CONTRACT_VERSION, isVersion, satisfies } from './contract.js';
