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

interface Build {
  /** The first load: the entry chunk and the chunks it imports statically. */
  code: string;
  gzip: number;
  modules: string[];
  /** Modules that only load later, through `import()` (pusher-js). */
  lazyModules: string[];
}

/** Builds `entry` minified, as `npm run build` does; splits what is only imported dynamically into lazy chunks. */
async function build(entry: string): Promise<Build> {
  const config = (await import(pathToFileURL(path.join(root, 'rollup.config.js')).href)) as {
    standaloneBuild(input: string): RollupOptions;
  };
  const bundle = await rollup({ ...config.standaloneBuild(path.join(root, entry)), onwarn: () => undefined });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const entryChunk = output.find((o) => o.type === 'chunk' && o.isEntry);
  assert.ok(entryChunk && entryChunk.type === 'chunk');
  const firstLoad = new Set<string>();
  const visit = (name: string) => {
    if (firstLoad.has(name)) return;
    firstLoad.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  visit(entryChunk.fileName);
  const first = [...firstLoad].map((name) => chunks.get(name)!);
  const code = first.map((c) => c.code).join('\n');
  const lazy = [...chunks.values()].filter((c) => !firstLoad.has(c.fileName));
  return {
    code,
    gzip: gzipSync(code, { level: 9 }).length,
    modules: first.flatMap((c) => Object.keys(c.modules)),
    lazyModules: lazy.flatMap((c) => Object.keys(c.modules)),
  };
}

const isPusher = (id: string) => /node_modules[\\/]pusher-js[\\/]/.test(id);

// The Spanish strings load on first use (their own chunk), element-specific texts live with their
// element (defineStrings), and favorites code loads lazily: that keeps the directory under 25 KB.
test('<mentor-directory> with everything it needs is at most 25 KB gzip', async () => {
  const { gzip, code, modules } = await build('packages/widgets/src/components/mentor-directory/mentor-directory.ts');
  console.log(`mentor-directory: ${(code.length / KB).toFixed(1)} KB minified, ${(gzip / KB).toFixed(1)} KB gzip`);
  assert.ok(gzip <= 25 * KB, `mentor-directory is ${gzip} bytes gzip`);
  assert.deepEqual(modules.filter((id) => /i18n[\\/]es\.ts$/.test(id)), [], 'the Spanish table is not in the first load');
  assert.match(code, /define\("mentor-directory"\)/, 'the entry registers the element');
  assert.deepEqual(modules.filter((id) => /node_modules[\\/](zod|pusher-js|date-fns)/.test(id)), [], 'no zod, pusher-js or date-fns');
});

test('pusher-js is reachable from the widgets only as a lazy chunk (client.realtime imports it on first subscribe)', async () => {
  const { modules, lazyModules } = await build('packages/widgets/src/components/mentor-directory/mentor-directory.ts');
  assert.deepEqual(modules.filter(isPusher), [], 'pusher-js is not in the first load of <mentor-directory>');
  assert.ok(lazyModules.some(isPusher), 'the SDK client still reaches pusher-js, through import()');
});

test('the whole CDN bundle is at most 60 KB gzip and has no pusher-js', async () => {
  const { gzip, code, modules } = await build('packages/widgets/src/mentorkit.ts');
  console.log(`mentorkit.js: ${(code.length / KB).toFixed(1)} KB minified, ${(gzip / KB).toFixed(1)} KB gzip`);
  assert.ok(gzip <= 60 * KB, `mentorkit.js is ${gzip} bytes gzip`);
  assert.deepEqual(modules.filter(isPusher), [], 'pusher-js is never in the first load');
  for (const tag of ['mentor-sign-in', 'mentor-directory', 'mentor-profile', 'mentor-booking-calendar']) {
    assert.match(code, new RegExp(`define\\("${tag}"\\)`), `the bundle registers <${tag}>`);
  }
  assert.deepEqual(modules.filter((id) => /node_modules[\\/]zod/.test(id)), [], 'zod schemas are types only in the browser');
});
