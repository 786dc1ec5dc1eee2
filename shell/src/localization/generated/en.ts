
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's100016c131866e60': `Principal`,
's105ec883984aeb45': str`You are acting as: ${0} (${1})`,
's1c202d9bc6b52b74': `Sign-in did not succeed`,
's1cad9e8893cd5544': `The sign-in service cannot be reached`,
's236b0b08433ca59c': `The portal did not start because of a settings error. Try again later; if it keeps happening, contact support.`,
's25a794198c913e20': `Substitute`,
's39c4d989b22ca5e9': str`Your session ends at ${0}. Save your work before then.`,
's3bfe1d1e18a18631': `Teacher`,
's4744d5708203ad9f': `Guardian`,
's49381e71c9ce8347': `What happened`,
's547984942b8cf9f4': `The portal's settings could not be read`,
's598a6391792efc0a': `The sign-in response could not be used, for example because it had expired. Start signing in again.`,
's59db752b870b490e': `Skip to main content`,
's6a8db020a5fff076': `The identification service reported an error. Try again; if it keeps happening, contact support.`,
's6ec9b1648cf945c2': `Sign-in was cancelled`,
's745d4bf2c0945066': `You signed out in another tab`,
's77b1fad1144dff37': `Pupil`,
's7e9dbe7a3b944905': `Access to the service could not be obtained`,
's85d36cc491ab3b7e': `The identification service is not answering right now. Check your network connection and try again in a moment.`,
's942d7086bc02bd52': `The portal does not know the service's API. Contact support.`,
's9ef9280c9a1c138e': `You did not sign in. You can start signing in again.`,
's9f31a6c7b6e599c6': `Signing out applies to every DigiOne tab. Sign in again to continue.`,
'sa2fe70b44254dc61': `Your session ends soon`,
'sab1a2f3a8aefac66': `You have signed out`,
'sabd84530e9d2d63c': str`Hello, ${0}!`,
'sba9f152e44472420': `Thank you for visiting. You can close the browser or sign in again.`,
'sc2605a14a3617221': `Sign in`,
'sc72b7c591fe8e54d': `For your security, a session ends after a while. Sign in again to continue.`,
'sce36d13281586727': `No session was found`,
'sd094b7a5cf5baea0': `Sign in again now`,
'sdf355fc777f8c29b': `Administrator`,
'se033317660b497a4': `Sign in to continue.`,
'se789264a0320448c': `Your session has ended`,
'seca2d335dae1c220': `Signing in to DigiOne…`,
'sf3ebf98ce869e8ff': `Staff`,
'sfe3d4daf476e850a': `Try again`,
    };
  