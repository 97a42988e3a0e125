/**
 * The OT `EventDispatcher` contract: `on`/`once`/`off` with an optional context, space-separated
 * event names and the `{ type: handler }` map form. Unlike the SDK (which stops at the first
 * throwing handler), every handler runs; exceptions are reported with console.error.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = (event: any) => void;

interface Entry {
  handler: AnyHandler;
  context: object | undefined;
  once: boolean;
  /** Registered by the simulator itself (a completion callback); not counted as a listener. */
  internal: boolean;
}

/** Every emitter the simulator created, so leaked handlers can be counted. */
export class ListenerRegistry {
  private readonly emitters = new Set<Emitter<object>>();

  add(emitter: Emitter<object>): void {
    this.emitters.add(emitter);
  }

  /** Handlers still registered (via on/once, not off'ed and not yet fired-once) on all emitters. */
  count(): number {
    let total = 0;
    for (const emitter of this.emitters) total += emitter.listenerCount();
    return total;
  }

  clear(): void {
    this.emitters.clear();
  }
}

export class Emitter<EventMap extends object> {
  private readonly handlers = new Map<string, Entry[]>();

  /** @internal Registers with the simulator's registry, so `liveListeners()` can count leaked handlers. */
  constructor(registry?: ListenerRegistry) {
    registry?.add(this);
  }

  /** Adds a handler for one or more space-separated event types, or a `{ type: handler }` map. */
  on<K extends keyof EventMap & string>(type: K, handler: (event: EventMap[K]) => void, context?: object): this;
  on(type: string, handler: AnyHandler, context?: object): this;
  on(handlers: Record<string, AnyHandler>, context?: object): this;
  on(typeOrMap: string | Record<string, AnyHandler>, handlerOrContext?: AnyHandler | object, context?: object): this {
    this.add(typeOrMap, handlerOrContext, context, false);
    return this;
  }

  /** Like `on`, but the handler is removed before it first runs. */
  once<K extends keyof EventMap & string>(type: K, handler: (event: EventMap[K]) => void, context?: object): this;
  once(type: string, handler: AnyHandler, context?: object): this;
  once(handlers: Record<string, AnyHandler>, context?: object): this;
  once(typeOrMap: string | Record<string, AnyHandler>, handlerOrContext?: AnyHandler | object, context?: object): this {
    this.add(typeOrMap, handlerOrContext, context, true);
    return this;
  }

  /**
   * Removes handlers. `off()` removes all; `off(type)` all of that type; `off(type, handler,
   * context)` the most recently added matching registration (same handler and same context).
   */
  off<K extends keyof EventMap & string>(type?: K, handler?: (event: EventMap[K]) => void, context?: object): this;
  off(type?: string, handler?: AnyHandler, context?: object): this;
  off(handlers: Record<string, AnyHandler>, context?: object): this;
  off(typeOrMap?: string | Record<string, AnyHandler>, handlerOrContext?: AnyHandler | object, context?: object): this {
    if (typeOrMap === undefined || typeOrMap === null || typeOrMap === '') {
      this.handlers.clear();
      return this;
    }
    if (typeof typeOrMap === 'string') {
      for (const type of splitTypes(typeOrMap)) {
        if (typeof handlerOrContext === 'function') this.removeOne(type, handlerOrContext as AnyHandler, context);
        else this.handlers.delete(type);
      }
      return this;
    }
    const mapContext = handlerOrContext as object | undefined;
    for (const [type, handler] of Object.entries(typeOrMap)) this.removeOne(type, handler, mapContext);
    return this;
  }

  /** Number of counted handlers for one type, or for all types. */
  listenerCount(type?: string): number {
    const lists = type === undefined ? [...this.handlers.values()] : [this.handlers.get(type) ?? []];
    let total = 0;
    for (const list of lists) for (const entry of list) if (!entry.internal) total += 1;
    return total;
  }

  /** @internal Registers a simulator-owned once handler (keeps the SDK's callback ordering). */
  _onceInternal(type: string, handler: AnyHandler): () => void {
    const entry: Entry = { handler, context: undefined, once: true, internal: true };
    this.list(type).push(entry);
    return () => this.removeEntry(type, entry);
  }

  /**
   * @internal Registers a simulator-owned handler that stays until its undo runs (as SDK objects
   * listen to each other, e.g. a subscriber to its session's `captionReceived`). Not counted as a
   * listener; like the SDK's, it goes with `off()` and `off(type)`.
   */
  _onInternal(type: string, handler: AnyHandler): () => void {
    const entry: Entry = { handler, context: undefined, once: false, internal: true };
    this.list(type).push(entry);
    return () => this.removeEntry(type, entry);
  }

  /**
   * @internal Dispatches `event` to the handlers of `listType` (defaults to `event.type`). The SDK
   * delivers one signal event object to both `signal` and `signal:<type>` handlers this way.
   */
  _emit(event: { type: string }, listType: string = event.type): void {
    const list = this.handlers.get(listType);
    if (!list || list.length === 0) return;
    // Snapshot, as Node's EventEmitter does: changes made by handlers apply to the next emit.
    for (const entry of [...list]) {
      if (entry.once) this.removeEntry(listType, entry);
      try {
        entry.handler.call(entry.context, event);
      } catch (error) {
        console.error(`[ot-simulator] An error occurred in a "${listType}" event handler`, error);
      }
    }
  }

  private add(
    typeOrMap: string | Record<string, AnyHandler>,
    handlerOrContext: AnyHandler | object | undefined,
    context: object | undefined,
    once: boolean,
  ): void {
    if (typeof typeOrMap === 'string') {
      if (typeof handlerOrContext !== 'function') return;
      for (const type of splitTypes(typeOrMap)) {
        this.list(type).push({ handler: handlerOrContext as AnyHandler, context, once, internal: false });
      }
      return;
    }
    if (!typeOrMap || typeof typeOrMap !== 'object') return;
    for (const [type, handler] of Object.entries(typeOrMap)) {
      if (typeof handler !== 'function') continue;
      this.list(type).push({ handler, context: handlerOrContext as object | undefined, once, internal: false });
    }
  }

  private list(type: string): Entry[] {
    let list = this.handlers.get(type);
    if (!list) {
      list = [];
      this.handlers.set(type, list);
    }
    return list;
  }

  private removeOne(type: string, handler: AnyHandler, context: object | undefined): void {
    const list = this.handlers.get(type);
    if (!list) return;
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const entry = list[i];
      if (entry.handler === handler && entry.context === context) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this.handlers.delete(type);
  }

  private removeEntry(type: string, entry: Entry): void {
    const list = this.handlers.get(type);
    if (!list) return;
    const index = list.indexOf(entry);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.handlers.delete(type);
  }
}

function splitTypes(types: string): string[] {
  return types.split(' ').filter((type) => type.length > 0);
}
