// Vite build of the visualizer: the app lives in viz/ and builds to viz/dist, which the
// server serves at `/`. In dev, `/api` (HTTP and the run WebSocket streams) is proxied to a
// server on 127.0.0.1:8080 so the app talks to the real API with no CORS set-up.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: true, ws: true },
    },
  },
});
