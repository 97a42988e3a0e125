import { adoptStyles, type LitElement } from 'lit';
import type { InCallView } from './in-call-view.js';
import type { StageSource } from './stage-reporter.js';
import type { VideoRoomElement } from './video-room.js';

/** Fetches the in-call chunk ahead of Join, while the join screen shows. */
export function prefetchInCallView(): void {
  import('./in-call-view.js').then(
    // Parsed now, while the user looks at the join screen, rather than when the call starts.
    ({ prepareStyles }) => prepareStyles(),
    () => undefined, // loadInCallView fetches it again and reports a failure then
  );
}

/**
 * Fetches the in-call chunk and adds its styles to the element as constructable sheets: allowed
 * under a strict `style-src`, and the join screen never pays for them.
 */
export async function loadInCallView(host: VideoRoomElement, source: () => StageSource): Promise<InCallView> {
  const { InCallView, inCallStyles } = await import('./in-call-view.js');
  const elementStyles = (host.constructor as typeof LitElement).elementStyles;
  if (host.shadowRoot) adoptStyles(host.shadowRoot, [...elementStyles, ...inCallStyles]);
  return new InCallView(host, source);
}
