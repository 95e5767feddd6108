#!/usr/bin/env node
// `npm run build`: every package to its dist/ — ESM, type declarations and source maps (tsc -b over
// tsconfig.build.json), the widget bundles with their .br/.gz siblings (rollup.config.js) and the custom
// elements manifest. Starts from empty dist/ folders so nothing of an earlier build is packed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (file) => path.join(root, 'node_modules', file);

function step(label, args, cwd = root) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

for (const name of ['core', 'sdk', 'server', 'widgets'])
  rmSync(path.join(root, 'packages', name, 'dist'), { recursive: true, force: true });
step('tsc -b tsconfig.build.json', [bin('typescript/bin/tsc'), '-b', 'tsconfig.build.json']);
step('rollup -c (widget bundles)', [bin('rollup/dist/bin/rollup'), '-c', '--silent']);
step(
  'custom-elements.json',
  [
    bin('@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--litelement',
    '--quiet',
    '--globs',
    'src/base/mentor-element.ts',
    'src/components/**/*.component.ts',
    '--outdir',
    'dist',
  ],
  path.join(root, 'packages/widgets'),
);
