/**
 * OT-style event objects: `{ type, target, cancelable, isDefaultPrevented(), preventDefault() }`
 * plus payload fields, like the SDK's own `Event` class.
 */
export interface SimEvent<Type extends string = string, Target = unknown> {
  type: Type;
  target: Target;
  cancelable: boolean;
  isDefaultPrevented(): boolean;
  preventDefault(): void;
}

class BaseEvent {
  type: string;
  target: unknown;
  cancelable: boolean;
  private defaultPrevented = false;

  constructor(type: string, target: unknown, cancelable: boolean) {
    this.type = type;
    this.target = target;
    this.cancelable = cancelable;
  }

  preventDefault(): void {
    // The SDK only warns here; it never throws.
    if (this.cancelable) this.defaultPrevented = true;
    else console.warn(`[ot-simulator] Event.preventDefault :: "${this.type}" is not cancelable`);
  }

  isDefaultPrevented(): boolean {
    return this.defaultPrevented;
  }
}

/** Creates an event with payload fields copied onto it. */
export function createEvent<Type extends string, Target, Payload extends object = Record<never, never>>(
  type: Type,
  target: Target,
  payload?: Payload,
  cancelable = false,
): SimEvent<Type, Target> & Payload {
  const event = new BaseEvent(type, target, cancelable);
  if (payload) Object.assign(event, payload);
  return event as unknown as SimEvent<Type, Target> & Payload;
}
