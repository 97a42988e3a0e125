// `npx vite build examples/angular` (from the repository root, after `npm run build`): the
// package resolves to the repository's own dist/ by its name.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // JIT ships Angular's template compiler (about 1 MB) in the app's chunk; an AOT build does not.
    chunkSizeWarningLimit: 2000,
  },
});
