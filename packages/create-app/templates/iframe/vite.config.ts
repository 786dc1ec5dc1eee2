// The app's build (`npm run build`, or `vite build`): DigiOne's preset builds the page
// (index.html) into dist/, with every library bundled in — a page on its own origin shares nothing
// with the portal's — and writes the manifest beside it.
import { defineConfig } from 'vite';
import { digioneApp } from '@digione/sdk/vite';

export default defineConfig({ plugins: [digioneApp()] });
