// Builds the client benchmark's page (bench.html: the production graph component on synthetic
// graphs) into client/dist-bench for `npm run bench:client`. The product's build never includes it.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: 'dist-bench',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // BENCH_UNMINIFIED=1 keeps function names readable in a CPU profile or trace.
    minify: process.env.BENCH_UNMINIFIED !== '1',
    rollupOptions: { input: fileURLToPath(new URL('bench.html', import.meta.url)) },
  },
});
