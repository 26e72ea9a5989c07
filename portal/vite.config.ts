import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `vite` (npm run dev -w portal) passes /graphql, /config.json and /local to the portal server of
// `npm start` (PORTAL_PORT), so the page talks to one origin as it does in AWS.
const portalServer = `http://127.0.0.1:${process.env.PORTAL_PORT ?? 3000}`;

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The budget check (scripts/build.ts) reads what the search page loads from the manifest.
    manifest: true,
    // No inline script or data: module: the CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': portalServer, '/config.json': portalServer, '/local': portalServer },
  },
});
