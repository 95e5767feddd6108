#!/usr/bin/env node
// Before `npm start`: build the widget bundles (rollup only, no types) when they are missing or older
// than any source they are built from, so the example site never serves stale widgets. Skips the
// 5–10 s build when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The one-file bundle and the per-element entries the example pages load.
const bundles = ['mentorkit.js', 'cdn/mentor-sign-in.js'].map((file) => path.join(root, 'packages/widgets/dist', file));
const sources = ['packages/widgets/src', 'packages/sdk/src', 'packages/core/src'].map((dir) => path.join(root, dir));

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const builtAt = Math.min(...bundles.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
const changedAt = Math.max(statSync(path.join(root, 'rollup.config.js')).mtimeMs, ...sources.map(newestChange));
if (changedAt > builtAt) {
  console.log(builtAt ? 'Widget sources changed: rebuilding the bundle…' : 'Building the widget bundle…');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(build.status ?? 1);
}
