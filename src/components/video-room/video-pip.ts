/**
 * Picture-in-picture of a tile's own `<video>` (`requestPictureInPicture()`), where the browser has
 * no Document Picture-in-Picture: the picture only, no buttons. Following another speaker is a new
 * request on their video, which browsers allow without a click while a picture is already shown;
 * where that is refused, the previous picture stays. `onClose` runs once when the picture goes
 * away other than by `close()` (the user closed it, or the video left the page).
 */
export class VideoPip {
  /** The video shown, or being switched to. */
  private shown: HTMLVideoElement | undefined;
  /** The last video `follow` asked for. */
  private wanted: HTMLVideoElement | undefined;
  private readonly watched = new Set<HTMLVideoElement>();
  private open = true;

  constructor(private readonly onClose: () => void) {}

  /** Shows `video`; rejects as the browser does (no click or key press, no picture yet). */
  async show(video: HTMLVideoElement): Promise<void> {
    this.watch(video);
    const previous = this.shown;
    this.shown = video;
    try {
      await video.requestPictureInPicture();
    } catch (error) {
      if (this.shown === video) this.shown = previous;
      throw error;
    }
  }

  /** Moves the picture to `video` once it has one (a new subscriber's video starts without); tried once per video. */
  follow(video: HTMLVideoElement | undefined): void {
    if (!this.open || !video || video === this.shown || video === this.wanted) return;
    this.wanted = video;
    const request = () => {
      if (this.open && this.wanted === video) this.show(video).catch(() => undefined);
    };
    if (video.readyState >= HTMLMediaElement.HAVE_METADATA) request();
    else video.addEventListener('loadedmetadata', request, { once: true });
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.unwatch();
    // Still open, so no `leavepictureinpicture` came: the picture shown is ours.
    this.shown?.ownerDocument.exitPictureInPicture().catch(() => undefined);
  }

  private watch(video: HTMLVideoElement): void {
    if (this.watched.has(video)) return;
    this.watched.add(video);
    video.addEventListener('leavepictureinpicture', this.left);
  }

  private unwatch(): void {
    for (const video of this.watched) video.removeEventListener('leavepictureinpicture', this.left);
    this.watched.clear();
  }

  /** A video switched away from also leaves: only the one shown ending means the picture closed. */
  private readonly left = (event: Event) => {
    if (!this.open || event.target !== this.shown) return;
    this.open = false;
    this.unwatch();
    this.onClose();
  };
}
