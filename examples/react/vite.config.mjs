// `npx vite examples/react` (dev) or `npx vite build examples/react` (from the repository root,
// after `npm run build`): the package resolves to the repository's own dist/ by its name.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
