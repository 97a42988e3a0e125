// A test-runner reporter that writes the number of passed and failed tests, and the names of the
// failed ones, to a JSON file, so scripts/test.mjs can add the browser suites to one summary and
// repeat what failed at its end, where a long log is still read.
import { relative } from 'node:path';
import { writeFileSync } from 'node:fs';

function count(suite, file, titles, totals) {
  const path = suite.name ? [...titles, suite.name] : titles;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${file}: ${[...path, test.name].join(' › ')}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite.suites ?? []) count(child, file, path, totals);
}

export function countReporter(output) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) count(session.testResults, file, [], totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed += 1;
          totals.failures.push(`${file}: ${session.errors.map((error) => error.message).join('; ')}`);
        }
      }
      writeFileSync(output, JSON.stringify(totals));
    },
  };
}
