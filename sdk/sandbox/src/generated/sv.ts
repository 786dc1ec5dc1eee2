
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'd1-sandbox.action.mount': `Montera appen`,
'd1-sandbox.action.unmount': `Avmontera appen`,
'd1-sandbox.control.acting-as': `Agerar som`,
'd1-sandbox.control.role': `Roll`,
'd1-sandbox.control.tenant': `Organisation`,
'd1-sandbox.control.theme': `Tema`,
'd1-sandbox.failed': `misslyckades`,
'd1-sandbox.iframe.manifest-origin': `Manifestets ursprung`,
'd1-sandbox.iframe.origin': `Ramens ursprung`,
'd1-sandbox.manifest.errors': `Manifestet innehåller fel`,
'd1-sandbox.manifest.missing': `Manifestet hittades inte`,
'd1-sandbox.manifest.missing-detail': `Appen startas med standardinställningar: inga användarfält och ingen roll.`,
'd1-sandbox.no': `nej`,
'd1-sandbox.panel.context': `Kontext som appen fått`,
'd1-sandbox.panel.dirty': `Osparade ändringar`,
'd1-sandbox.panel.errors': `Rapporterade fel`,
'd1-sandbox.panel.events': `Publicerade händelser`,
'd1-sandbox.panel.navigations': `Navigering`,
'd1-sandbox.panel.none': `Inget ännu.`,
'd1-sandbox.panel.not-mounted': `Appen är inte monterad.`,
'd1-sandbox.panel.shell': `Navigering, rubrik och osparade ändringar`,
'd1-sandbox.panel.timings': `Livscykeltider`,
'd1-sandbox.panel.title': `Rubrik`,
'd1-sandbox.panel.toasts': `Aviseringar`,
'd1-sandbox.panel.tokens': `Tokenbegäranden`,
'd1-sandbox.role.admin': `Administratör`,
'd1-sandbox.role.guardian': `Vårdnadshavare`,
'd1-sandbox.role.learner': `Elev`,
'd1-sandbox.role.principal': `Rektor`,
'd1-sandbox.role.staff': `Personal`,
'd1-sandbox.role.substitute': `Vikarie`,
'd1-sandbox.role.teacher': `Lärare`,
'd1-sandbox.stage': `App`,
'd1-sandbox.theme.dark': `Mörkt`,
'd1-sandbox.theme.high-contrast': `Hög kontrast`,
'd1-sandbox.theme.light': `Ljust`,
'd1-sandbox.title': `DigiOne-sandlåda`,
'd1-sandbox.yes': `ja`,
    };
  