// The app's texts in Swedish, by the ids of the Finnish texts in the code.
import { str } from '@lit/localize';

export const templates = {
  '__DIGIONE_APP_ID__.name': '__DIGIONE_APP_NAME_SV__',
  '__DIGIONE_APP_ID__.nobody': 'inte vald',
  '__DIGIONE_APP_ID__.hello': str`Hej, ${0}!`,
  '__DIGIONE_APP_ID__.acting-as': str`Du agerar nu som: ${0}`,
  '__DIGIONE_APP_ID__.greet': 'Hälsa',
  '__DIGIONE_APP_ID__.greeted': 'Hälsningar från appen!',
};
