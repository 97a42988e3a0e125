// Project rules that the type checker cannot see. Fails with a list of offending lines.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundaryViolations } from './boundaries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rules = [
  { dirs: ['src'], pattern: /\.innerHTML\s*=|unsafeHTML|insertAdjacentHTML/, why: 'strings from the network must render as text' },
  { dirs: ['src'], pattern: /console\.(log|debug|info)\(/, why: 'the element does not log (tokens must never reach a log)' },
  { dirs: ['src/components'], pattern: /\sstyle=["$]/, why: 'no style attributes: a strict CSP blocks them (set properties through inlineStyle())' },
  { dirs: ['src', 'test', 'demo', 'scripts'], pattern: /\b(describe|it)\.only\(/, why: 'a focused test hides the others' },
  { dirs: ['src', 'test', 'demo', 'scripts', 'bench', '.ci'], pattern: /\/(work|root|home)\/[\w.-]+\//, why: 'no absolute paths of a machine' },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mjs|js|html|css)$|^run$/.test(name)) yield path;
  }
}

const problems = [];
for (const rule of rules) {
  for (const dir of rule.dirs) {
    for (const file of files(join(root, dir))) {
      if (file === fileURLToPath(import.meta.url)) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        if (rule.pattern.test(line)) problems.push(`${relative(root, file)}:${index + 1}: ${rule.why}\n    ${line.trim()}`);
      });
    }
  }
}
for (const file of files(join(root, 'src'))) {
  const path = relative(root, file).split('\\').join('/');
  if (!path.endsWith('.ts')) continue;
  for (const problem of boundaryViolations(path, readFileSync(file, 'utf8'))) {
    problems.push(`${path}: imports '${problem.specifier}': ${problem.why}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} lint problem(s).`);
  process.exit(1);
}
console.log('lint: no problems');
