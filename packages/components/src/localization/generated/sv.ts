
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'd1-alert.close': `Stäng`,
'd1-dialog.close': `Stäng`,
'd1-error-panel.details': `Tekniska uppgifter`,
'd1-error-panel.heading': `Något gick fel`,
'd1-error-panel.retry': `Försök igen`,
'd1-toast-stack.close': `Stäng`,
'd1-toast-stack.source': `Meddelande från tjänsten: {0}`,
's003cc24ef035f07c': `Ange webbadressen i formen https://exempel.fi.`,
's102e19758f85a6a2': `Skriv minst {0} tecken.`,
's160678580a973bd9': `Inga appar`,
's33fe63c69c8445ad': `Fyll i det här fältet.`,
's37865a372a9a1443': `Mörkt`,
's487778c1b3a340bf': `Logga ut`,
's4a3ff13bc091aef8': `Ange ett tal.`,
's4bbbeb63894c8442': `Användarmeny`,
's520e972e5308be4a': `Appar`,
's5c8a4f22ce50fe79': `Skriv högst {0} tecken.`,
's78beb544159120bb': `Kontrollera att texten har det begärda formatet.`,
's7c44415d5fadb600': `Välj ett alternativ.`,
's7ec5219e17526653': `Språk`,
's9b7c21af2a02d42b': `Tema`,
's9c8600a5adb0d6c6': `Ange e-postadressen i formen namn@exempel.fi.`,
's9ea835cb30877420': `Hög kontrast`,
'sa23f7059f3044dd4': `obligatorisk`,
'sb55fe3d492e12f08': `Kontrollera fältets värde.`,
'se4a379cd3f904908': `Enligt enheten`,
'sea29af48e75c446d': `Laddar…`,
'sfab2378f9c39d363': `Ljust`,
'sff0e089c7a06228d': `Du agerar som`,
    };
  