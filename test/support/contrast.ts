// WCAG 2 contrast from the colours the browser actually renders (getComputedStyle).

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed colour: `rgb(…)`, `rgba(…)` or `color(srgb …)` (what color-mix() computes to). */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(value);
  if (srgb) return { r: Number(srgb[1]) * 255, g: Number(srgb[2]) * 255, b: Number(srgb[3]) * 255, a: srgb[4] === undefined ? 1 : Number(srgb[4]) };
  throw new Error(`Cannot parse the colour "${value}"`);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (channel: 'r' | 'g' | 'b') => top[channel] * top.a + bottom[channel] * (1 - top.a);
  return { r: mix('r'), g: mix('g'), b: mix('b'), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the flattened tree: through slots and out of shadow roots. */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind `element`'s box: its own background and its ancestors', blended. */
export function backdrop(element: Element, includeOwn = true): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = includeOwn ? element : composedParent(element); node; node = composedParent(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour.a === 0) continue;
    layers.push(colour);
    if (colour.a === 1) break;
  }
  // Nothing opaque up to the document: the page's white canvas.
  let result: Rgba = layers.length && layers[layers.length - 1].a === 1 ? layers.pop()! : { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** The contrast of an element's text colour against what is behind it. */
export function textContrast(element: Element): number {
  const background = backdrop(element);
  return contrast(over(parseColor(getComputedStyle(element).color), background), background);
}
