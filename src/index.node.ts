/**
 * The package's entry in Node and server-side rendering (the `node` export condition): the
 * browser entry's exports without the element, whose code extends HTMLElement and cannot run
 * here. The element is defined on the client, where the page imports the browser entry.
 */
export * from './public-api.js';

/** Resolves at once: there is nothing to define without a DOM. */
export const defined: Promise<void> = Promise.resolve();
