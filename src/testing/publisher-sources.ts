/**
 * What a publisher offers over its media without touching its publication: its sources and the
 * SDK's media processors (background effects, noise suppression; recorded, not drawn). The base of
 * `SimPublisher`, kept apart so that class stays readable.
 */
import type { AudioFilter, PublisherEventMap, VideoFilter } from '../sdk/types.js';
import type { SimContext } from './context.js';
import { Emitter } from './emitter.js';
import type { PublisherMedia, VideoSourceInfo } from './publisher-media.js';

export abstract class PublisherSources extends Emitter<PublisherEventMap> {
  /** @internal Its tracks; also what subscribers of its stream receive. */
  abstract readonly _media: PublisherMedia;

  /** @internal */
  constructor(protected readonly ctx: SimContext) {
    super(ctx.listeners);
  }

  /** The current audio track. */
  getAudioSource(): MediaStreamTrack | null {
    return this._media.mic;
  }

  /** The current video source. */
  getVideoSource(): VideoSourceInfo {
    const media = this._media;
    return { deviceId: media.deviceId, type: media.kind, track: media.camera };
  }

  /** Applies a background effect; rejects like the SDK where media processors are unsupported. */
  async applyVideoFilter(filter: VideoFilter): Promise<void> {
    this.ctx.record('publisher', 'applyVideoFilter', [filter]);
    this._media.videoFilter = this._media.checkFilter(filter);
  }

  async clearVideoFilter(): Promise<void> {
    this.ctx.record('publisher', 'clearVideoFilter', []);
    this._media.videoFilter = null;
  }

  getVideoFilter(): VideoFilter | null {
    return this._media.videoFilter;
  }

  /** Applies advanced noise suppression (recorded). */
  async applyAudioFilter(filter: AudioFilter): Promise<void> {
    this.ctx.record('publisher', 'applyAudioFilter', [filter]);
    this._media.audioFilter = this._media.checkFilter(filter);
  }

  async clearAudioFilter(): Promise<void> {
    this.ctx.record('publisher', 'clearAudioFilter', []);
    this._media.audioFilter = null;
  }

  getAudioFilter(): AudioFilter | null {
    return this._media.audioFilter;
  }
}
