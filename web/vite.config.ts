import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue()],
  // The runner chunk is SurveyJS itself (~340 kB gzip); it loads only on /r/… pages.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, manifest: true },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' } },
});
