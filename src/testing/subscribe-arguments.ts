/** How `session.subscribe` reads its optional arguments, as the SDK does. */
import type { OTCallback, SubscriberProperties } from '../sdk/types.js';

/** @internal How `session.subscribe(stream, target?, properties?, callback?)` resolves its optional arguments, as the SDK does. */
export function subscribeArguments(
  target: HTMLElement | string | SubscriberProperties | OTCallback | undefined,
  properties: SubscriberProperties | OTCallback | undefined,
  callback: OTCallback | undefined,
): { element: HTMLElement | string | undefined; props: SubscriberProperties; done: OTCallback } {
  if (typeof target === 'function') {
    callback = target;
    target = undefined;
    properties = undefined;
  }
  if (typeof properties === 'function') {
    callback = properties;
    properties = undefined;
  }
  if (target && typeof target === 'object' && !isElement(target)) {
    properties = target;
    target = undefined;
  }
  return {
    element: target,
    props: properties ?? {},
    done: typeof callback === 'function' ? callback : () => undefined,
  };
}

function isElement(value: unknown): value is HTMLElement {
  return typeof HTMLElement !== 'undefined' && value instanceof HTMLElement;
}
