// `npm test`: builds, then runs every suite in turn (the slow real-SDK group on its own) and ends
// with one line "N passed, N failed". Exits non-zero when anything failed.
//   --no-build   reuse dist/ as it is
//   --only=NAME  run one suite: typecheck, lint, build, size, server, unit, sdk, e2e
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const skipBuild = args.includes('--no-build');
const work = mkdtempSync(join(tmpdir(), 'vr-test-'));

function run(command, commandArgs, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * node --test prints "ℹ pass N" / "ℹ fail N" (spec reporter) or "# pass N" (tap). A run that
 * exited non-zero without a counted failure (a crash, a failing hook) still fails.
 */
function nodeTestCounts({ code, output }) {
  const number = (label) => Number(output.match(new RegExp(`^[ℹ#] ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  const failures = [...output.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((match) => match[1]);
  const counts = { passed: number('pass'), failed: number('fail'), failures };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** A step that is one check: it passes or fails as a whole. */
const step = (name, script, skip = false) => ({
  name,
  skip,
  async run() {
    const { code } = await run('npm', ['run', '--silent', script]);
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, failures: code === 0 ? [] : [`npm run ${script}`] };
  },
});

const suites = [
  step('typecheck', 'typecheck'),
  step('lint', 'lint'),
  step('build', 'build', skipBuild),
  step('size', 'size'),
  { name: 'server', run: async () => nodeTestCounts(await run('node', ['--test', 'test/server/', 'test/scripts/'])) },
  ...['unit', 'sdk'].map((group) => ({
    name: group,
    async run() {
      const file = join(work, `${group}.json`);
      const { code } = await run('npx', ['web-test-runner', '--group', group], { TEST_COUNTS_FILE: file });
      const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, failures: [] };
      // A runner that failed without reporting a failing test (a crash, a timeout) still fails.
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      return counts;
    },
  })),
  { name: 'e2e', run: async () => nodeTestCounts(await run('node', ['--test', 'test/e2e/'])) },
];

const totals = { passed: 0, failed: 0 };
const failures = [];
for (const suite of suites) {
  if (suite.skip || (only && suite.name !== only)) continue;
  console.log(`\n=== ${suite.name} ===`);
  const counts = await suite.run();
  console.log(`=== ${suite.name}: ${counts.passed} passed, ${counts.failed} failed ===`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  failures.push(...(counts.failures ?? []).map((failure) => `${suite.name}: ${failure}`));
  if (counts.failed > 0 && !counts.failures?.length) failures.push(`${suite.name}: the runner failed without naming a test`);
}
rmSync(work, { recursive: true, force: true });
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
