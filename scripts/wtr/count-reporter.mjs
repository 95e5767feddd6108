// A @web/test-runner reporter that counts tests and writes `.tmp/browser-results.json` ({ passed, failed }).
// A test file that failed to load (import error, browser crash) counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function countReporter({ outFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        const before = counts.passed + counts.failed;
        countTests(session.testResults, counts);
        const hadTests = counts.passed + counts.failed > before;
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !hadTests)) counts.failed++;
      }
      mkdirSync(path.dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
