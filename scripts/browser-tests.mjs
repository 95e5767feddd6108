#!/usr/bin/env node
// Widget tests: finds (or installs) Chromium, runs @web/test-runner — whose config starts the real
// service — and prints one plain "N passed, N failed" line from `.tmp/browser-results.json`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, '.tmp/browser-results.json');
mkdirSync(path.dirname(resultsFile), { recursive: true });
rmSync(resultsFile, { force: true });

function finish(counts, code) {
  writeFileSync(resultsFile, JSON.stringify(counts));
  console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  process.exit(code);
}

let chrome;
try {
  chrome = ensureChromium();
} catch (error) {
  console.error(error.message);
  finish({ passed: 0, failed: 1 }, 1);
}

const wtr = path.join(root, 'node_modules/@web/test-runner/dist/bin.js');
const result = spawnSync(
  process.execPath,
  ['--conditions=mentorkit-source', wtr, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
);
const counts = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 1 };
if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
finish(counts, result.status === 0 && counts.failed === 0 ? 0 : 1);
