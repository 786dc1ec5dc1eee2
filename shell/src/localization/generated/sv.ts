
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's100016c131866e60': `Rektor`,
's105ec883984aeb45': str`Du agerar nu som: ${0} (${1})`,
's1c202d9bc6b52b74': `Inloggningen misslyckades`,
's1cad9e8893cd5544': `Inloggningstjänsten kan inte nås`,
's236b0b08433ca59c': `Portalen startade inte på grund av ett inställningsfel. Försök igen senare; om felet upprepas, kontakta supporten.`,
's25a794198c913e20': `Vikarie`,
's39c4d989b22ca5e9': str`Sessionen går ut kl. ${0}. Spara ditt arbete innan dess.`,
's3bfe1d1e18a18631': `Lärare`,
's4744d5708203ad9f': `Vårdnadshavare`,
's49381e71c9ce8347': `Vad hände`,
's547984942b8cf9f4': `Portalens inställningar kunde inte läsas`,
's598a6391792efc0a': `Svaret från inloggningen kunde inte användas, till exempel för att det hade gått ut. Börja logga in på nytt.`,
's59db752b870b490e': `Gå till huvudinnehållet`,
's6a8db020a5fff076': `Identifieringstjänsten meddelade ett fel. Försök igen; om felet upprepas, kontakta supporten.`,
's6ec9b1648cf945c2': `Inloggningen avbröts`,
's745d4bf2c0945066': `Du loggade ut i en annan flik`,
's77b1fad1144dff37': `Elev`,
's7e9dbe7a3b944905': `Behörighet till tjänsten kunde inte hämtas`,
's85d36cc491ab3b7e': `Identifieringstjänsten svarar inte just nu. Kontrollera nätverksanslutningen och försök igen om en stund.`,
's942d7086bc02bd52': `Portalen känner inte till tjänstens gränssnitt. Kontakta supporten.`,
's9ef9280c9a1c138e': `Du loggade inte in. Du kan börja logga in på nytt.`,
's9f31a6c7b6e599c6': `Utloggningen gäller alla DigiOne-flikar. Logga in igen för att fortsätta.`,
'sa2fe70b44254dc61': `Din session går snart ut`,
'sab1a2f3a8aefac66': `Du har loggat ut`,
'sabd84530e9d2d63c': str`Hej, ${0}!`,
'sba9f152e44472420': `Tack för besöket. Du kan stänga webbläsaren eller logga in igen.`,
'sc2605a14a3617221': `Logga in`,
'sc72b7c591fe8e54d': `Av säkerhetsskäl går sessionen ut efter en tid. Logga in igen för att fortsätta.`,
'sce36d13281586727': `Ingen session hittades`,
'sd094b7a5cf5baea0': `Logga in igen nu`,
'sdf355fc777f8c29b': `Huvudanvändare`,
'se033317660b497a4': `Logga in för att fortsätta.`,
'se789264a0320448c': `Din session har gått ut`,
'seca2d335dae1c220': `Loggar in i DigiOne…`,
'sf3ebf98ce869e8ff': `Personal`,
'sfe3d4daf476e850a': `Försök igen`,
    };
  