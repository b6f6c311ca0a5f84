// Vite builds the client into client/dist (served by the API server in production); in
// development `npm run dev:client` serves it with /graphql proxied to the API on port 4000.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Each view is its own chunk (React.lazy in App.tsx); the graph libraries, shared by the
        // graph views, get chunks of their own so that no chunk passes Vite's 500 kB warning.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/cytoscape\//.test(id)) return 'cytoscape';
          if (
            /node_modules\/(cytoscape-fcose|cose-base|layout-base|cytoscape-dagre|dagre|@dagrejs|graphlib|lodash)/.test(
              id,
            )
          )
            return 'graph-layouts';
          if (/node_modules\/cytoscape-svg/.test(id)) return 'graph-export';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
      '/readyz': 'http://localhost:4000',
    },
  },
});
