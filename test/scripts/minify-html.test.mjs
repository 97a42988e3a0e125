// The builds' html`…` whitespace minifier: indentation between tags and next to interpolations
// goes; spaces that can show (no line break, or next to words) and attribute spacing stay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyHtmlTemplates } from '../../scripts/minify-html.mjs';
import { transpileWith } from './transpile.mjs';

const transform = (source) => transpileWith(minifyHtmlTemplates, source);

test('indentation between tags and around child interpolations goes', () => {
  const out = transform('const a = html`\n  <div class="a">\n    <span>${label}</span>\n    ${child}\n  </div>\n`;');
  assert.equal(out, 'const a = html `<div class="a"><span>${label}</span>${child}</div>`;');
});

test('spaces without a line break, text and attribute spacing stay; nested templates and svg too', () => {
  const out = transform(
    'const a = html`<p><b>a</b> <i>b</i></p>\n  <button\n    class=${c}\n    @click=${f}\n  >\n    Join\n  </button>${x ? html`\n  <em>y</em>\n` : nothing}`;\nconst b = svg`<g>\n  <path d=${d}></path>\n</g>`;',
  );
  assert.equal(
    out,
    'const a = html `<p><b>a</b> <i>b</i></p><button\n    class=${c}\n    @click=${f}\n  >\n    Join\n  </button>${x ? html `<em>y</em>` : nothing}`;\nconst b = svg `<g><path d=${d}></path></g>`;',
  );
});

test('other tags and literals with an escape are left alone', () => {
  const source = 'const a = css`\n  <b>\n  </b>\n`;\nconst b = html`<p>\\u00a0\n  </p>`;';
  assert.equal(transform(source), source.replaceAll('css`', 'css `').replaceAll('html`', 'html `'));
});
