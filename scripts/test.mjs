#!/usr/bin/env node
// Runs every test: lint (ESLint with the import boundaries, then Prettier's check), type-check, the
// production build (`npm run build`, which the pack-and-install and asset tests use), Node's test runner
// (core, server, SDK, scripts), then the widget tests in Chromium. Tests
// import the packages' TypeScript sources (the "mentorkit-source" condition), never dist/.
// Ends with one plain "N passed, N failed" line. Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const only = process.argv[2]; // optional: "node" or "browser"
let passed = 0;
let failed = 0;

function run(command, args, options = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) findTests(full, out);
    // Shared suites (the storage contract, the real-time conformance suite) live in src/testing/ under
    // plain names and are run by the adapters' own tests, so every `*.test.ts` here is a test file.
    else if (name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')) out.push(full);
  }
  return out;
}

// 0. Lint: cheap, needs no build. ESLint's findings (the import boundaries among them) and Prettier's
//    unformatted files each count as one failure, like the type-check.
if (!only || only === 'node') {
  const eslint = run(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0']);
  if (eslint.status === 0) passed++;
  else {
    failed++;
    console.error('ESLint reported findings (counted as one failure). `npm run lint` shows them.');
  }
  const prettier = run(process.execPath, [path.join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.']);
  if (prettier.status === 0) passed++;
  else {
    failed++;
    console.error('Some files are not formatted (counted as one failure). `npm run format` formats them.');
  }
}

// 1. Types: tests are type-checked too.
if (!only || only === 'node') {
  const tsc = run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  if (tsc.status === 0) passed++;
  else {
    failed++;
    console.error('Type-check failed (counted as one failure).');
  }
}

// 2. The production build, once: dist/ of every package (scripts/build.mjs).
if (!only || only === 'node') {
  const build = run(process.execPath, [path.join(root, 'scripts/build.mjs')]);
  if (build.status === 0) passed++;
  else {
    failed++;
    console.error('The build failed (counted as one failure).');
  }
}

// 3. Node tests, against the real service on random ports.
if (!only || only === 'node') {
  const files = ['core', 'server', 'sdk'].flatMap((p) => findTests(path.join(root, 'packages', p, 'src')));
  files.push(...findTests(path.join(root, 'examples')), ...findTests(path.join(root, 'e2e')), ...findTests(path.join(root, 'scripts')));
  const tap = path.join(os.tmpdir(), `mentorkit-node-tests-${process.pid}.tap`);
  const result = run(
    process.execPath,
    [
      '--conditions=mentorkit-source',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files.map((f) => path.relative(root, f)),
    ],
    { env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' } },
  );
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  rmSync(tap, { force: true });
  const count = (name) => Number(summary.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  if (result.status !== 0 && count('fail') + count('cancelled') === 0) failed++;
}

// 4. Widget tests in Chromium (see scripts/browser-tests.mjs).
if ((!only || only === 'browser') && existsSync(path.join(root, 'scripts/browser-tests.mjs'))) {
  const result = run(process.execPath, [path.join(root, 'scripts/browser-tests.mjs')]);
  const counts = existsSync(path.join(root, '.tmp/browser-results.json'))
    ? JSON.parse(readFileSync(path.join(root, '.tmp/browser-results.json'), 'utf8'))
    : { passed: 0, failed: 1 };
  passed += counts.passed;
  failed += counts.failed;
  if (result.status !== 0 && counts.failed === 0) failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
