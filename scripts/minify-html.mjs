// A TypeScript transformer for the builds: in html`…` and svg`…` templates, the whitespace that
// only indents markup (a run with a line break between a tag and the next tag, or between a tag
// and an interpolation) goes. Each such run is a text node the browser parses, clones, walks and
// styles on every first render, and inside block, flex and grid boxes it shows nothing. Runs
// without a line break (`<b>a</b> <i>b</i>`) and text next to words stay.
import ts from 'typescript';
import { templateTextTransformer } from './template-text.mjs';

/** One literal piece of a template: it starts or ends the template, or meets an interpolation there. */
export function minifyHtmlText(text) {
  return (
    text
      .replace(/>[ \t]*\n\s*</g, '><')
      // At its end: only after a tag's `>` (inside a tag, the attributes keep their spaces).
      .replace(/>[ \t]*\n\s*$/, '>')
      // At its start: only before a tag.
      .replace(/^\s*\n\s*</, '<')
  );
}

const isMarkupTag = (tag) => ts.isIdentifier(tag) && (tag.text === 'html' || tag.text === 'svg');

/** The `before` transformer factory (type `program`, as @rollup/plugin-typescript takes it). */
export const minifyHtmlTemplates = templateTextTransformer(isMarkupTag, minifyHtmlText);
