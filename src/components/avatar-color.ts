import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Avatar backgrounds behind white initials: each gives at least 4.5:1 (WCAG AA for text), which
 * hues picked at one fixed lightness do not (yellows and greens come out far lighter than blues).
 */
export const avatarColors = [
  '#b91c1c',
  '#c2410c',
  '#a16207',
  '#4d7c0f',
  '#047857',
  '#0e7490',
  '#1d4ed8',
  '#6d28d9',
  '#a21caf',
  '#be185d',
] as const;

/** A stable colour per name (its index in `avatarColors`), so each person keeps their colour on tiles and in the people panel. */
export function avatarIndex(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) | 0;
  return Math.abs(hash) % avatarColors.length;
}

export function avatarColor(name: string): string {
  return avatarColors[avatarIndex(name)];
}

/**
 * `--avatar-color` by a `data-avatar` index, one rule per colour: for templates that must not set
 * styles on elements at all (the colours are this module's constants, never input).
 */
export function avatarColorRules(selector: string): CSSResult {
  return unsafeCSS(avatarColors.map((color, index) => `${selector}[data-avatar='${index}'] { --avatar-color: ${color}; }`).join('\n'));
}
