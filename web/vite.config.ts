import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    vue(),
    // Element Plus per component, with its CSS, only where a template uses it: the runner never loads it.
    Components({
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: fileURLToPath(new URL('./src/components.d.ts', import.meta.url)),
      dirs: [],
    }),
  ],
  // The runner chunk is SurveyJS itself (~340 kB gzip); it loads only on /r/… pages.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    manifest: true,
    // Every browser the web app supports preloads modules natively; the polyfill only weighs on the runner.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' } },
});
