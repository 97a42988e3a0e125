// `npx vite examples/vue` (dev) or `npx vite build examples/vue` (from the repository root,
// after `npm run build`): the package resolves to the repository's own dist/ by its name.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <video-room> is a custom element, not a Vue component: Vue leaves it to the browser.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'video-room' } },
    }),
  ],
});
