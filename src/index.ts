/**
 * The public entry of vonage-video-room in browsers. Importing it defines `<video-room>` at once,
 * so a framework that renders right after the import finds the element upgraded and sets `sdk`,
 * `tokenProvider` and `strings` as properties (not as attributes). Node and server-side rendering
 * resolve the package to `index.node.ts` instead (the `node` export condition): the same exports
 * without the element, whose code extends HTMLElement.
 */
import './define.js';

export * from './public-api.js';

/** Resolves once `<video-room>` is defined: it already is when this module has run. */
export const defined: Promise<void> = Promise.resolve();
