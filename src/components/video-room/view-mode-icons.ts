import { svg } from 'lit';
import { icon } from '../call-icons.js';

// Here rather than in icons.ts, which ships before joining: only the in-call controls show these.
export const fullscreenIcon = icon(svg`<path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/>`);
export const fullscreenExitIcon = icon(svg`<path d="M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5"/>`);
export const pipIcon = icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><rect x="12" y="12" width="6" height="4" rx="1" fill="currentColor"/>`);
