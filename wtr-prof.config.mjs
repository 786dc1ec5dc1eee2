import base from './web-test-runner.config.mjs';
import { writeFileSync } from 'node:fs';
const started = new Map();
export default {
  ...base,
  reporters: [
    ...base.reporters,
    {
      onTestRunStarted() {},
      reportTestFileResults({ sessionsForTestFile, testFile }) {},
      stop({ sessions }) {
        const rows = sessions.map((s) => {
          let sum = 0;
          const walk = (suite) => { for (const t of suite.tests) sum += t.duration ?? 0; suite.suites.forEach(walk); };
          if (s.testResults) walk(s.testResults);
          return [s.testFile.replace(process.cwd() + '/', ''), sum];
        });
        rows.sort((a, b) => b[1] - a[1]);
        writeFileSync('/tmp/wtrprof/files.txt', rows.map(([f, d]) => `${(d / 1000).toFixed(1).padStart(7)} ${f}`).join('\n'));
      },
    },
  ],
};
