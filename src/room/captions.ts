import { newId, type CallFeature, type FeatureContext } from './feature.js';
import type { CaptionLine } from './state.js';

/** How long a final caption stays on screen. */
export const CAPTION_MS = 5000;
export const MAX_CAPTION_LINES = 3;

/**
 * The captions overlay: each `captionReceived` replaces its speaker's partial line in place, a
 * final line stays ~5 s, and at most three lines show. Fires `caption` for each result.
 */
export class Captions implements CallFeature {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly context: FeatureContext) {}

  show(participantId: string, text: string, isFinal: boolean): void {
    const person = this.context.current().participants.find((participant) => participant.id === participantId);
    if (!person || typeof text !== 'string' || !text.trim()) return;
    const partial = this.context.current().captions.find((line) => line.participantId === participantId && !line.isFinal);
    const line: CaptionLine = { id: partial?.id ?? newId(), participantId, name: person.name, text: text.trim(), isFinal: Boolean(isFinal) };
    this.context.update((state) => {
      const lines = partial ? state.captions.map((existing) => (existing.id === line.id ? line : existing)) : [...state.captions, line];
      return { ...state, captions: lines.slice(-MAX_CAPTION_LINES) };
    });
    this.context.emit('caption', { participantId, text: line.text, isFinal: line.isFinal });
    if (line.isFinal) this.expire(line.id);
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private expire(id: string): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.context.update((state) => ({ ...state, captions: state.captions.filter((line) => line.id !== id) }));
    }, CAPTION_MS);
    this.timers.add(timer);
  }
}
