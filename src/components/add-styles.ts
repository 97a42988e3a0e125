import { adoptStyles, type CSSResult } from 'lit';

/**
 * Adds styles to an element's shadow root beside those it has, once: as constructable sheets
 * (allowed under a strict `style-src`), or where the browser has none as `<style>` elements
 * (with the page's nonce, as Lit adds its own).
 */
export function addStyles(root: ShadowRoot | null, styles: CSSResult[]): void {
  if (!root) return;
  const sheets = styles.map((style) => style.styleSheet);
  if (sheets.every((sheet): sheet is CSSStyleSheet => sheet !== undefined)) {
    const added = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
    if (added.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...added];
    return;
  }
  adoptStyles(root, styles);
}
