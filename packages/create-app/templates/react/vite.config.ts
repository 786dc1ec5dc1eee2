// The app's build (`npm run build`, or `vite build`): DigiOne's preset makes one ES module,
// dist/index.js, leaving the libraries the portal shares (Lit, the SDK, the components…) to the
// portal's import map, and writes the manifest beside it. React is the app's own: it is bundled,
// in its production build.
import { defineConfig } from 'vite';
import { digioneApp } from '@digione/sdk/vite';

export default defineConfig({ plugins: [digioneApp()] });
