// The app's texts in English, by the ids of the Finnish texts in the code.
import { str } from '@lit/localize';

export const templates = {
  '__DIGIONE_APP_ID__.name': '__DIGIONE_APP_NAME_EN__',
  '__DIGIONE_APP_ID__.nobody': 'none chosen',
  '__DIGIONE_APP_ID__.hello': str`Hello, ${0}!`,
  '__DIGIONE_APP_ID__.acting-as': str`You are acting as: ${0}`,
  '__DIGIONE_APP_ID__.greet': 'Say hello',
  '__DIGIONE_APP_ID__.greeted': 'Greetings from the app!',
};
