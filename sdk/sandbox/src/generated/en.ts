
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'd1-sandbox.action.mount': `Mount app`,
'd1-sandbox.action.unmount': `Unmount app`,
'd1-sandbox.control.acting-as': `Acting as`,
'd1-sandbox.control.role': `Role`,
'd1-sandbox.control.tenant': `Organisation`,
'd1-sandbox.control.theme': `Theme`,
'd1-sandbox.failed': `failed`,
'd1-sandbox.iframe.manifest-origin': `Origin in the manifest`,
'd1-sandbox.iframe.origin': `Frame origin`,
'd1-sandbox.manifest.errors': `The manifest has errors`,
'd1-sandbox.manifest.missing': `No manifest found`,
'd1-sandbox.manifest.missing-detail': `The app starts with defaults: no user fields and no acting-as.`,
'd1-sandbox.no': `no`,
'd1-sandbox.panel.context': `Context given to the app`,
'd1-sandbox.panel.dirty': `Unsaved changes`,
'd1-sandbox.panel.errors': `Reported errors`,
'd1-sandbox.panel.events': `Published events`,
'd1-sandbox.panel.navigations': `Navigations`,
'd1-sandbox.panel.none': `Nothing yet.`,
'd1-sandbox.panel.not-mounted': `The app is not mounted.`,
'd1-sandbox.panel.shell': `Navigation, title and unsaved changes`,
'd1-sandbox.panel.timings': `Lifecycle timings`,
'd1-sandbox.panel.title': `Title`,
'd1-sandbox.panel.toasts': `Notifications`,
'd1-sandbox.panel.tokens': `Token requests`,
'd1-sandbox.role.admin': `Administrator`,
'd1-sandbox.role.guardian': `Guardian`,
'd1-sandbox.role.learner': `Learner`,
'd1-sandbox.role.principal': `Principal`,
'd1-sandbox.role.staff': `Staff`,
'd1-sandbox.role.substitute': `Substitute`,
'd1-sandbox.role.teacher': `Teacher`,
'd1-sandbox.stage': `App`,
'd1-sandbox.theme.dark': `Dark`,
'd1-sandbox.theme.high-contrast': `High contrast`,
'd1-sandbox.theme.light': `Light`,
'd1-sandbox.title': `DigiOne sandbox`,
'd1-sandbox.yes': `yes`,
    };
  