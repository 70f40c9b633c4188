// The explorer is built to web/dist and served by the API at / (src/web.ts); every asset is bundled, so
// the page needs nothing from the internet. `npm run dev` here proxies the API for live editing.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact({ reactAliasesEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { index: 'index.html', graphiql: 'graphiql.html' } },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/dev': 'http://127.0.0.1:4000' } },
});
