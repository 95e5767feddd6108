// Size budget of the widgets (E7), checked here because bytes are deterministic: the test builds the
// bundles in memory with the same rollup settings as `npm run build` and measures them gzipped.
// (It lives with the SDK because scripts/test.mjs runs Node tests from core, server and sdk.)
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup, type RollupOptions } from 'rollup';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const KB = 1024;

/** Builds `entry` into one minified file with everything it needs; returns its code and bundled module ids. */
async function build(entry: string): Promise<{ code: string; gzip: number; modules: string[] }> {
  const config = (await import(pathToFileURL(path.join(root, 'rollup.config.js')).href)) as {
    standaloneBuild(input: string): RollupOptions;
  };
  const bundle = await rollup({ ...config.standaloneBuild(path.join(root, entry)), onwarn: () => undefined });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const chunk = output[0];
  return { code: chunk.code, gzip: gzipSync(chunk.code, { level: 9 }).length, modules: Object.keys(chunk.modules) };
}

test('<mentor-directory> with everything it needs is at most 25 KB gzip', async () => {
  const { gzip, code, modules } = await build('packages/widgets/src/components/mentor-directory/mentor-directory.ts');
  console.log(`mentor-directory: ${(code.length / KB).toFixed(1)} KB minified, ${(gzip / KB).toFixed(1)} KB gzip`);
  assert.ok(gzip <= 25 * KB, `mentor-directory is ${gzip} bytes gzip`);
  assert.match(code, /define\("mentor-directory"\)/, 'the entry registers the element');
  assert.deepEqual(modules.filter((id) => /node_modules[\\/](zod|pusher-js|date-fns)/.test(id)), [], 'no zod, pusher-js or date-fns');
});

test('the whole CDN bundle is at most 60 KB gzip and has no pusher-js', async () => {
  const { gzip, code, modules } = await build('packages/widgets/src/mentorkit.ts');
  console.log(`mentorkit.js: ${(code.length / KB).toFixed(1)} KB minified, ${(gzip / KB).toFixed(1)} KB gzip`);
  assert.ok(gzip <= 60 * KB, `mentorkit.js is ${gzip} bytes gzip`);
  assert.deepEqual(modules.filter((id) => /pusher/.test(id)), [], 'pusher-js is never in the first load');
  for (const tag of ['mentor-sign-in', 'mentor-directory', 'mentor-profile', 'mentor-booking-calendar']) {
    assert.match(code, new RegExp(`define\\("${tag}"\\)`), `the bundle registers <${tag}>`);
  }
  assert.deepEqual(modules.filter((id) => /node_modules[\\/]zod/.test(id)), [], 'zod schemas are types only in the browser');
});
