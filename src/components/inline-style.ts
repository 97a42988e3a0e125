import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Style properties by CSS name (`transform`, `--avatar-color`); `undefined` removes one. */
export type InlineStyle = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), which a strict
 * Content Security Policy allows, unlike a `style="…"` attribute (blocked by `style-src`
 * without 'unsafe-inline'). Used in element position: `<div ${inlineStyle({ width: '10px' })}>`.
 */
class InlineStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('inlineStyle() belongs in element position');
  }

  render(_style: InlineStyle) {
    return nothing;
  }

  override update(part: ElementPart, [style]: [InlineStyle]) {
    const { style: declaration } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (style[name] === undefined) declaration.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(style)) {
      if (value === undefined) continue;
      this.previous.add(name);
      if (declaration.getPropertyValue(name) !== value) declaration.setProperty(name, value);
    }
    return noChange;
  }
}

export const inlineStyle = directive(InlineStyleDirective);
