// The project's own ESLint rules (plugin "project" in eslint.config.mjs). Each has a test in
// test/scripts/lint-rules.test.mjs that proves it fires.
import { importBoundaries } from './boundaries.mjs';

/** A path of a particular machine (a home or work folder), which means nothing on another one. */
export const machinePath = /\/(work|root|home)\/[\w.-]+\//;

const noMachinePaths = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow absolute paths of a machine, in code and comments alike' },
    messages: { machinePath: 'No absolute paths of a machine: use a path relative to the repository or os.tmpdir().' },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        context.sourceCode.lines.forEach((line, index) => {
          const match = machinePath.exec(line);
          if (match) context.report({ loc: { start: { line: index + 1, column: match.index }, end: { line: index + 1, column: match.index + match[0].length } }, messageId: 'machinePath' });
        });
      },
    };
  },
};

export const project = {
  meta: { name: 'project' },
  rules: { 'import-boundaries': importBoundaries, 'no-machine-paths': noMachinePaths },
};
