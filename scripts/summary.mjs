// Prints `N passed, N failed` from Vitest's JSON report; CI reads this line, not Vitest's own.
// A test file that fails to load has no failed test of its own, so it counts as one failure.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.error(`no test report at ${file}: the test run did not finish`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
let passed = 0;
let failed = 0;
for (const suite of report.testResults ?? []) {
  const results = suite.assertionResults ?? [];
  const failedHere = results.filter((r) => r.status === 'failed').length;
  passed += results.filter((r) => r.status === 'passed').length;
  failed += failedHere || (suite.status === 'failed' ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
