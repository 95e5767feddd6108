// Widget tests in real Chromium against the real MentorKit service (see shared TESTING.md).
// Run with `npm run test:browser` (which also finds or installs Chromium), or `npx wtr` directly.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium } from './scripts/ensure-chromium.mjs';
import { countReporter } from './scripts/wtr/count-reporter.mjs';
import { mentorkitServicePlugin } from './scripts/wtr/mentorkit-service-plugin.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default {
  rootDir: root,
  files: ['packages/widgets/src/**/*.test.ts'],
  // The packages' TypeScript sources, not dist/ (see the "mentorkit-source" exports in package.json).
  nodeResolve: { exportConditions: ['mentorkit-source'] },
  concurrency: 1,
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium() ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      },
    }),
  ],
  plugins: [mentorkitServicePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(root, 'tsconfig.json') })],
  reporters: [defaultReporter(), countReporter({ outFile: path.join(root, '.tmp/browser-results.json') })],
};
