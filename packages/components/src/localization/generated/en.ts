
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'd1-alert.close': `Close`,
'd1-dialog.close': `Close`,
'd1-error-panel.details': `Technical details`,
'd1-error-panel.heading': `Something went wrong`,
'd1-error-panel.retry': `Try again`,
'd1-toast-stack.close': `Close`,
'd1-toast-stack.source': `Message from the service: {0}`,
's003cc24ef035f07c': `Enter a web address in the form https://example.fi.`,
's102e19758f85a6a2': `Enter at least {0} characters.`,
's160678580a973bd9': `No apps`,
's33fe63c69c8445ad': `Fill in this field.`,
's37865a372a9a1443': `Dark`,
's487778c1b3a340bf': `Sign out`,
's4a3ff13bc091aef8': `Enter a number.`,
's4bbbeb63894c8442': `User menu`,
's520e972e5308be4a': `Apps`,
's5c8a4f22ce50fe79': `Enter at most {0} characters.`,
's78beb544159120bb': `Check that the text is in the requested format.`,
's7c44415d5fadb600': `Choose an option.`,
's7ec5219e17526653': `Language`,
's9b7c21af2a02d42b': `Theme`,
's9c8600a5adb0d6c6': `Enter an email address in the form name@example.fi.`,
's9ea835cb30877420': `High contrast`,
'sa23f7059f3044dd4': `required`,
'sb55fe3d492e12f08': `Check the value of this field.`,
'se4a379cd3f904908': `Match device`,
'sea29af48e75c446d': `Loading…`,
'sfab2378f9c39d363': `Light`,
'sff0e089c7a06228d': `Acting as`,
    };
  