import type { VideoFilter } from '../sdk/types.js';

/** A background effect as the user picks it. */
export type Effect = 'none' | 'blur-low' | 'blur-high' | 'image';

/** The SDK filter for an effect; `image` needs the host's `background-image` URL. */
export function effectFilter(effect: Effect | undefined, imageUrl: string | undefined): VideoFilter | undefined {
  switch (effect) {
    case 'blur-low':
      return { type: 'backgroundBlur', blurStrength: 'low' };
    case 'blur-high':
      return { type: 'backgroundBlur', blurStrength: 'high' };
    case 'image':
      return imageUrl ? { type: 'backgroundReplacement', backgroundImgUrl: imageUrl } : undefined;
    default:
      return undefined;
  }
}
