/**
 * Builds the browser client from `client/` into `dist/client`, which the server serves. The built
 * page must run under the server's strict CSP: no inline scripts or styles, hence no module-preload
 * polyfill (Vite would inline it) and all CSS as files.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./client', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/client', import.meta.url));
const apiServer = process.env.AKKOORD_DEV_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  // Shared code lives outside the root (../shared); allow the dev server to read it.
  server: {
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
    proxy: {
      '/api': { target: apiServer, changeOrigin: false },
      '/healthz': { target: apiServer, changeOrigin: false },
      '/sync': { target: apiServer, ws: true, changeOrigin: false },
    },
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into CSS/JS where the CSP could refuse them.
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
  },
});
