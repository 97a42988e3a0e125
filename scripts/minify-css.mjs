// A TypeScript transformer for the builds: the text of every css`…` template loses its comments
// and most of its whitespace (only where CSS ignores it: never between selector parts or around
// an operator of calc()), so the entry is smaller and its styles
// parse faster. Interpolations and quoted strings are left as they are; a literal with a
// backslash is left whole (its raw and cooked text would differ).
import ts from 'typescript';
import { templateTextTransformer } from './template-text.mjs';

/** Comments, and whitespace that CSS does not need, outside quoted strings. */
function minifyCssText(text) {
  // Comments first, in one pass with the strings: an apostrophe in a comment ("the toggles' icons")
  // starts no string, and a comment's marks inside a string are no comment.
  const uncommented = text
    .split(/(\/\*[\s\S]*?\*\/|"[^"]*"|'[^']*')/)
    .map((part) => (part.startsWith('/*') ? ' ' : part))
    .join('');
  return uncommented
    .split(/("[^"]*"|'[^']*')/)
    .map((part, index) => {
      if (index % 2 === 1) return part; // a quoted string
      return part
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}');
    })
    .join('');
}

/** The `before` transformer factory (type `program`, as @rollup/plugin-typescript takes it). */
export const minifyCssTemplates = templateTextTransformer((tag) => ts.isIdentifier(tag) && tag.text === 'css', minifyCssText);
