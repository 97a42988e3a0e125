import { html, type TemplateResult } from 'lit';

// 24×24 stroke icons drawn for this project; decorative, the buttons carry the accessible names.
// This module ships before joining: only the join screen's icons (drawn from its second frame, see
// PrejoinViewModel.iconsDrawn) and the audio banner's live here, each one path of the same `html`
// template (prepared at build time with the join screen's): one icon template to parse, not one
// per icon, and a toggle switching between two of them only changes the path. The call's own are
// in call-icons.ts.

/** An icon: one of these, or one of the call's (`icon()` in call-icons.ts). */
export type Icon = TemplateResult;

/** The drawings of the icons below. */
export const iconPaths = {
  mic: 'M9 6a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0zM5 11a7 7 0 0 0 14 0M12 18v3',
  micOff: 'M15 9.5V6a3 3 0 0 0-5.7-1.3M9 9v2a3 3 0 0 0 4.7 2.5M19 11a7 7 0 0 1-1.1 3.8M5 11a7 7 0 0 0 10.6 6M12 18v3M3 3l18 18',
  camera: 'M5 6h9a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2zM16 10l5-3v10l-5-3',
  cameraOff: 'M16 16v0a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h1m4 0h4a2 2 0 0 1 2 2v3.5l5-3.5v10M3 3l18 18',
  speaker: 'M11 5 6 9H3v6h3l5 4zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13',
} as const;

const pathIcon = (d: string): Icon =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d}></path></svg>`;

export const micIcon = pathIcon(iconPaths.mic);
export const micOffIcon = pathIcon(iconPaths.micOff);
export const cameraIcon = pathIcon(iconPaths.camera);
export const cameraOffIcon = pathIcon(iconPaths.cameraOff);
export const speakerIcon = pathIcon(iconPaths.speaker);
