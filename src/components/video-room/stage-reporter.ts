import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LayoutChangeEvent } from '../../events.js';
import type { LayoutMode } from '../../layout/stage-plan.js';
import { isInCall, type Room } from '../../room/room.js';
import type { RoomState } from '../../room/state.js';
import type { VideoTileElement } from '../video-tile/video-tile.js';
import { ViewportController } from '../viewport-controller.js';
import type { InCallView } from './in-call-view.js';

/** What the reporter reads from `<video-room>` after each update. */
export interface StageSource {
  readonly engine: Room;
  readonly snapshot: RoomState;
  readonly view: InCallView | undefined;
  readonly layout: LayoutMode;
  readonly pinned: string | undefined;
}

/**
 * Reports what the stage shows after each update: `vr-layout-change` when the layout or the pin
 * changed, and to the engine the size of every remote video on screen (for the quality it asks for).
 */
export class StageReporter implements ReactiveController {
  /** What the current call was last told is on screen; undefined: nothing yet (even "nothing" must be said). */
  private sentTargets: string | undefined;
  private announcedLayout: { layout: LayoutMode; pinned: string | undefined } | undefined;
  private readonly viewport: ViewportController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => StageSource,
  ) {
    this.viewport = new ViewportController(host, () => this.tileElements());
    host.addController(this);
  }

  /** A new call has been told nothing yet. */
  callJoined(): void {
    this.sentTargets = undefined;
  }

  hostUpdated(): void {
    const source = this.source();
    this.announceLayout(source);
    this.sendVideoTargets(source);
  }

  private announceLayout({ layout, pinned }: StageSource): void {
    const previous = this.announcedLayout;
    this.announcedLayout = { layout, pinned };
    if (!previous || (previous.layout === layout && previous.pinned === pinned)) return;
    this.host.dispatchEvent(new LayoutChangeEvent({ layout, pinnedParticipantId: pinned ?? null }));
  }

  private sendVideoTargets({ engine, snapshot, view }: StageSource): void {
    if (!isInCall(snapshot.status) || !view) return;
    const targets = view.videoTargets(snapshot, (key) => this.viewport.isOutside(key));
    const signature = [...targets].map(([id, size]) => `${id}:${size.width}x${size.height}`).join('|');
    if (signature === this.sentTargets) return;
    this.sentTargets = signature;
    engine.setVideoTargets(targets);
  }

  private tileElements(): Array<[Element, string]> {
    return [...(this.host.shadowRoot?.querySelectorAll<VideoTileElement>('vr-video-tile') ?? [])].flatMap((element) =>
      element.tile ? [[element, element.tile.key] as [Element, string]] : [],
    );
  }
}
