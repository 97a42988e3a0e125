/** The `<video>` elements the SDK hands out (`videoElementCreated`) and its default UI container. */

/** A `<video>` like the SDK's: autoplay, playsinline, muted for the local preview; resumes when moved in the DOM. */
export function createVideoElement(stream: MediaStream, muted: boolean): HTMLVideoElement {
  const video = document.createElement('video');
  video.autoplay = true;
  video.playsInline = true;
  video.setAttribute('playsinline', '');
  video.muted = muted;
  if (muted) video.setAttribute('muted', '');
  video.srcObject = stream;
  // Moving an element pauses it; the SDK resumes playback in that case.
  video.addEventListener('pause', () => {
    if (video.srcObject) void video.play().catch(() => undefined);
  });
  void video.play().catch(() => undefined);
  return video;
}

/** The SDK's default UI: a container in place of the target (or appended to body). */
export function insertDefaultUI(video: HTMLVideoElement, target: HTMLElement | string | undefined, className: string): HTMLElement {
  const container = document.createElement('div');
  container.className = className;
  container.style.width = '264px';
  container.style.height = '198px';
  video.style.width = '100%';
  video.style.height = '100%';
  video.style.objectFit = 'cover';
  container.appendChild(video);
  const element = typeof target === 'string' ? document.getElementById(target) : target;
  if (element?.parentNode) element.replaceWith(container);
  else document.body.appendChild(container);
  return container;
}
