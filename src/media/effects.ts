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

/** The effects to offer: none where the browser has no media processors; replacement only with an image. */
export function availableEffects(supported: boolean, imageUrl: string | undefined): Effect[] {
  if (!supported) return [];
  return imageUrl ? ['none', 'blur-low', 'blur-high', 'image'] : ['none', 'blur-low', 'blur-high'];
}

/** How an effect is named in a picker. */
export function effectLabel(
  effect: Effect,
  text: { effectNone: string; effectBlurLow: string; effectBlurHigh: string; effectImage: string },
): string {
  return { none: text.effectNone, 'blur-low': text.effectBlurLow, 'blur-high': text.effectBlurHigh, image: text.effectImage }[effect];
}
