import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Room } from '../../room/room.js';
import { isInCall, type RoomState } from '../../room/state.js';
import type { VideoTileElement } from '../video-tile/video-tile.js';
import { ViewportController } from '../viewport-controller.js';
import type { InCallView } from './in-call-view.js';

/** What the reporter reads from `<video-room>` after each update. */
export interface StageSource {
  readonly engine: Room;
  readonly snapshot: RoomState;
  readonly view: InCallView | undefined;
}

/**
 * Reports to the engine, after each update, the size of every remote video on screen (for the
 * quality it asks for). Part of the in-call view: created with it.
 */
export class StageReporter implements ReactiveController {
  /** What the current call was last told is on screen; undefined: nothing yet (even "nothing" must be said). */
  private sentTargets: string | undefined;
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
    this.sendVideoTargets(this.source());
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
