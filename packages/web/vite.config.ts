import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Vite config: the dev server proxies `/api` to the local SYT server; builds go to `dist/`. */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000' },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
