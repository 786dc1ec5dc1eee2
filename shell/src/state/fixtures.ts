/** States of the portal for the state's and the view's unit tests. */
import type { DigiOneUser } from '@digione/sdk';
import type { AuthState } from '../auth/auth-state.js';
import { PLAIN_DEVICE } from '../theme/theme.js';
import { initialPortalState, reducePortal, type PortalAction, type PortalState } from './state.js';

/** Signed in as `user`, as the auth service says it. */
export function signedIn(user: DigiOneUser): AuthState {
  return { status: 'signed-in', user, door: 'mpassid', sessionEndsAt: Date.now() + 3_600_000 };
}

/** The state after `actions`, from a portal at `/` in Finnish, with a registry configured. */
export function stateAfter(...actions: PortalAction[]): PortalState {
  return actions.reduce(
    reducePortal,
    initialPortalState({ locale: 'fi', device: PLAIN_DEVICE, path: '/', registry: true }),
  );
}
