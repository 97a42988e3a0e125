// `npm run lint`: ESLint (type-aware TypeScript, Lit, web components, template accessibility, the
// import boundaries and the project rules; eslint.config.mjs), lit-analyzer (template bindings
// type-checked against the elements; its settings are the ts-lit-plugin entry of tsconfig.json)
// and, for the files ESLint does not read, the machine-path rule. Exits non-zero on any problem,
// warnings included. The two tools run side by side, each in its own process.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machinePath } from './project-rules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (path) => join(root, 'node_modules', path);

const tools = [
  { name: 'eslint', args: [bin('eslint/bin/eslint.js'), '--max-warnings', '0', '.'] },
  { name: 'lit-analyzer', args: [bin('lit-analyzer/cli.js'), '--maxWarnings', '0', '--format', 'list', 'src/**/*.ts', 'test/**/*.ts'] },
];

function run({ name, args }) {
  return new Promise((resolve) => {
    const started = performance.now();
    let output = '';
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** The files ESLint does not read (pages, styles, the CI script): they must not name a machine's paths either. */
function* otherFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* otherFiles(path);
    else if (/\.(html|css)$|^run$/.test(name)) yield path;
  }
}

function machinePathProblems() {
  const problems = [];
  for (const dir of ['src', 'test', 'demo', 'scripts', 'bench', '.ci']) {
    for (const file of otherFiles(join(root, dir))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        if (machinePath.test(line)) problems.push(`${relative(root, file)}:${index + 1}: no absolute paths of a machine\n    ${line.trim()}`);
      });
    }
  }
  return problems;
}

const results = await Promise.all(tools.map(run));
const paths = machinePathProblems();
for (const result of results) {
  if (!result.ok) console.log(`${result.output.trim()}\n`);
  console.log(`lint: ${result.name}: ${result.ok ? 'no problems' : 'problems found'} (${result.seconds.toFixed(1)} s)\n`);
}
if (paths.length) console.log(`${paths.join('\n')}\n`);
console.log(`lint: machine paths in pages, styles and the CI script: ${paths.length ? `${paths.length} problem(s)` : 'no problems'}`);
process.exit(paths.length > 0 || results.some((result) => !result.ok) ? 1 : 0);
