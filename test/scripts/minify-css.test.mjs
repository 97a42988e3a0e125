// The builds' css`…` minifier: what the styles lose is only what CSS ignores, and what it must keep
// (interpolations, quoted strings, selector and calc() spaces, escapes) comes out as it went in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplates } from '../../scripts/minify-css.mjs';
import { transpileWith } from './transpile.mjs';

const transform = (source) => transpileWith(minifyCssTemplates, source);

test('comments and spaces CSS ignores go; descendant selectors and calc() keep theirs', () => {
  const out = transform(`const a = css\`
    /* the host */
    :host { display: block; width: calc(100% - 32px); }
    .bar > button:hover ,
    .list li { color: rgb(0 0 0 / 45%); }
  \`;`);
  assert.equal(out, 'const a = css ` :host{display:block;width:calc(100% - 32px)}.bar>button:hover,.list li{color:rgb(0 0 0 / 45%)}`;');
});

test("a comment's apostrophe or quote starts no string", () => {
  const out = transform("const a = css`\n  /* the toggles' icons */\n  .a { color: red; }\n  /* a \"b */\n  .b { content: 'x' }\n`;");
  assert.equal(out, "const a = css ` .a{color:red}.b{content:'x'}`;");
});

test('interpolations, quoted strings and other tags are left alone', () => {
  const out = transform("const a = css`\n  ${shared}\n  .x::after { content: ' a : b ; ' }\n  ${rules('.y  .z')}\n`;\nconst b = html`<p>  two  spaces </p>`;");
  assert.equal(out, "const a = css ` ${shared} .x::after{content:' a : b ; '}${rules('.y  .z')} `;\nconst b = html `<p>  two  spaces </p>`;");
});

test('a literal with an escape is kept whole', () => {
  const source = "const a = css`.x::before { content: '\\\\2014' ;  }`;";
  assert.equal(transform(source), source.replace('css`', 'css `'));
});
