// ESLint for the whole repository: type-aware TypeScript rules, Lit/web-component/template a11y
// rules, the architecture's import boundaries and the project rules (scripts/project-rules.mjs).
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import { browserGlobals, nodeGlobals } from './scripts/globals.mjs';
import { project } from './scripts/project-rules.mjs';

const browser = browserGlobals();
const node = nodeGlobals();

export default defineConfig(
  globalIgnores(['dist/', 'bench/.tmp/', '.wtr-tmp/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,

  // TypeScript: the source and its tests, checked with type information.
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a promise, for the sake of
      // its DOM snapshot form (`.dom.equal`, unused here); the plain `expect(x).to.equal(y)` is synchronous.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Beyond the recommended set: a promise returned from a try block without await escapes its catch.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Same convention as tsc's noUnusedParameters: a leading underscore marks a parameter a
      // signature requires (a Lit directive's render()); rest siblings are how a field is omitted.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The only empty interface is the global event map merged with ours (declaration merging).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // AbortSignal.reason is typed `any` (rejecting with it is what fetch() does on abort), and a
      // caught `unknown` is passed on as it was thrown.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // Off, noisy without value here: Lit calls template listeners (@click=${this.method}) with
      // the host as `this`; our action and model objects are bags of arrow functions typed with
      // method shorthand; SDK methods picked by name are invoked with .call(target). None of its
      // findings was a bug.
      '@typescript-eslint/unbound-method': 'off',
      // Off: async without await is deliberate in public methods and fakes that promise a Promise
      // (a throw becomes a rejection), and the rest of the list checks what is done with promises.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The framework examples import the package as published (its types are in dist/, which the
    // build makes after lint has run): ESLint reads them without type information, and their
    // own type checks run against the build.
    files: ['examples/**/*.{ts,tsx}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Chai assertions end in properties (`expect(x).to.be.true`), which TypeScript already checks.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },

  // Lit elements and templates.
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    // The web-component rules then see Lit elements as custom elements too.
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement implements every lifecycle callback, so a guard around super's would be dead code.
      'wc/guard-super-call': 'off',
    },
  },

  // The project's own rules.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { project },
    rules: {
      'project/import-boundaries': 'error',
      'project/no-machine-paths': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // A strict CSP (style-src without 'unsafe-inline') blocks style attributes: inlineStyle() sets properties instead.
      'lit/ban-attributes': ['error', 'style'],
      // The element does not log: a token must never reach a log.
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/directives/unsafe-*.js'], message: 'Strings from the network render as text.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(inner|outer)HTML$/]', message: 'Strings from the network render as text.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Strings from the network render as text.' },
        // lit/ban-attributes reads html`` templates only.
        { selector: "TaggedTemplateExpression[tag.name='svg'] TemplateElement[value.raw=/\\sstyle=/]", message: 'No style attributes: a strict CSP blocks them.' },
      ],
    },
  },

  // Plain JavaScript: Node scripts and configs are .mjs, the scripts of pages are .js.
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: node },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: browser },
  },
  {
    // These drive a browser: the functions they pass to page.evaluate() run in the page.
    files: ['test/e2e/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...node, ...browser } },
  },

  // No focused tests: a focused test hides the others.
  {
    files: ['test/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(describe|it|test|suite)$/][callee.property.name='only']", message: 'A focused test hides the others.' },
      ],
    },
  },
);
