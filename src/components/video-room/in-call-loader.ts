import { addStyles } from '../add-styles.js';
import { screenStyles } from './room-screens.styles.js';
import type { InCallView } from './in-call-view.js';
import type { StageSource } from './stage-reporter.js';
import type { VideoRoomElement } from './video-room.js';

/**
 * Fetches the in-call chunk and adds its styles to the element as constructable sheets: allowed
 * under a strict `style-src`, and the join screen's first paint never pays for them (the element
 * loads the view once the preview is up, or on Join).
 */
export async function loadInCallView(host: VideoRoomElement, source: () => StageSource): Promise<InCallView> {
  const { InCallView, inCallStyles, prepareStyles } = await import('./in-call-view.js');
  prepareStyles();
  // The screens' rules before the call's, as the call's override them (added already when a screen showed first).
  addStyles(host.shadowRoot, [screenStyles, ...inCallStyles]);
  return new InCallView(host, source);
}
