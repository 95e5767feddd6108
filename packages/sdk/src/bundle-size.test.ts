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
/**
 * Everything a signed-in member's English page with only <mentor-messages> fetches for it: the element,
 * the shared base (Lit, the SDK, the English table) and pusher-js. 35 KB holds because browsers get the
 * SDK's WebSocket-only build of pusher-js's core (~10 KB gzip instead of the stock browser build's 18;
 * scripts/build-pusher-ws.mjs).
 */
const MESSAGES_BUDGET_KB = 35;

interface Build {
  /** The first load: the entry chunk and the chunks it imports statically. */
  code: string;
  gzip: number;
  modules: string[];
  /** Modules that only load later, through `import()` (pusher-js). */
  lazyModules: string[];
  /** The minified code each first-load module contributes. */
  moduleCode: Map<string, string>;
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
    moduleCode: new Map(first.flatMap((c) => Object.entries(c.modules).map(([id, m]) => [id, m.code ?? ''] as const))),
  };
}

/** pusher-js: the package, or the SDK's build of its core that browsers load. */
const isPusher = (id: string) => /node_modules[\\/]pusher-js[\\/]|sdk[\\/]src[\\/]vendor[\\/]pusher-ws/.test(id);

// The Spanish strings load on first use (their own chunk), element-specific texts live with their
// element (defineStrings), and favorites code loads lazily: that keeps the directory under 25 KB.
test('<mentor-directory> with everything it needs is at most 25 KB gzip', async () => {
  const { gzip, code, modules } = await build('packages/widgets/src/components/mentor-directory/mentor-directory.ts');
  console.log(`mentor-directory: ${(code.length / KB).toFixed(1)} KB minified, ${(gzip / KB).toFixed(1)} KB gzip`);
  assert.ok(gzip <= 25 * KB, `mentor-directory is ${gzip} bytes gzip`);
  assert.deepEqual(
    modules.filter((id) => /i18n[\\/]es\.ts$/.test(id)),
    [],
    'the Spanish table is not in the first load',
  );
  assert.match(code, /define\("mentor-directory"\)/, 'the entry registers the element');
  assert.deepEqual(
    modules.filter((id) => /node_modules[\\/](zod|pusher-js|date-fns)/.test(id)),
    [],
    'no zod, pusher-js or date-fns',
  );
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
  assert.deepEqual(
    modules.filter((id) => /node_modules[\\/]zod/.test(id)),
    [],
    'zod schemas are types only in the browser',
  );
});

test(`<mentor-messages> with its share of pusher-js is at most ${MESSAGES_BUDGET_KB} KB gzip`, async () => {
  const entry = 'packages/widgets/src/components/mentor-messages/mentor-messages.ts';
  const { code, modules, lazyModules } = await build(entry);
  assert.match(code, /define\("mentor-messages"\)/, 'the entry registers the element');
  assert.ok(lazyModules.some(isPusher) && !modules.some(isPusher), 'pusher-js loads when the element subscribes, not before');
  // Every chunk the entry can reach counts — loaded at once or later — except the two that such a page
  // never fetches: the Spanish table (Spanish pages) and the sign-in form (signed-out visitors).
  const notFetched = (chunk: Chunk) => chunk.modules.some((id) => /i18n[\\/]es\.ts$|mentor-sign-in[\\/]/.test(id));
  const chunks = await allChunks(entry);
  const counted = chunks.filter((chunk) => !notFetched(chunk));
  const total = counted.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const pusher = counted.filter((chunk) => chunk.modules.some(isPusher)).reduce((sum, chunk) => sum + chunk.gzip, 0);
  console.log(
    `mentor-messages: ${((total - pusher) / KB).toFixed(1)} KB gzip + ${(pusher / KB).toFixed(1)} KB pusher-js = ${(total / KB).toFixed(1)} KB in ${counted.length} files`,
  );
  assert.equal(chunks.length - counted.length, 2, 'only the Spanish table and the sign-in form are left out');
  assert.ok(total <= MESSAGES_BUDGET_KB * KB, `mentor-messages with pusher-js is ${total} bytes gzip`);
});

interface Chunk {
  modules: string[];
  /** Gzipped on its own, as a browser fetches each file. */
  gzip: number;
}

/** Every chunk of `entry`'s build, the entry and each lazy one. */
async function allChunks(entry: string): Promise<Chunk[]> {
  const config = (await import(pathToFileURL(path.join(root, 'rollup.config.js')).href)) as {
    standaloneBuild(input: string): RollupOptions;
  };
  const bundle = await rollup({ ...config.standaloneBuild(path.join(root, entry)), onwarn: () => undefined });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.flatMap((o) =>
    o.type === 'chunk' ? [{ modules: Object.keys(o.modules), gzip: gzipSync(o.code, { level: 9 }).length }] : [],
  );
}

const isYjs = (id: string) => /node_modules[\\/](yjs|lib0)[\\/]/.test(id);
const isRoom = (id: string) => /mentor-video-room|mentor-session-notes/.test(id);

/** The room's own modules: its folder, its strings and the negotiation logic from core. */
const isRoomOwn = (id: string) => /mentor-video-room[\\/]|i18n[\\/]room-|core[\\/]src[\\/]video[\\/]/.test(id);

test("<mentor-video-room>'s own code is at most 25 KB gzip (40 KB with Lit, SDK and base); pusher-js and Yjs load later", async () => {
  const { gzip, code, modules, lazyModules, moduleCode } = await build(
    'packages/widgets/src/components/mentor-video-room/mentor-video-room.ts',
  );
  const own = [...moduleCode]
    .filter(([id]) => isRoomOwn(id))
    .map(([, c]) => c)
    .join('\n');
  const ownGzip = gzipSync(own, { level: 9 }).length;
  console.log(
    `mentor-video-room: own code ${(own.length / KB).toFixed(1)} KB minified, ${(ownGzip / KB).toFixed(1)} KB gzip; first load ${(gzip / KB).toFixed(1)} KB gzip`,
  );
  assert.ok(ownGzip <= 25 * KB, `the room's own code is ${ownGzip} bytes gzip`);
  assert.ok(gzip <= 40 * KB, `the room's first load is ${gzip} bytes gzip`);
  assert.match(code, /define\("mentor-video-room"\)/, 'the entry registers the element');
  assert.deepEqual(
    modules.filter((id) => isPusher(id) || isYjs(id) || /node_modules[\\/]zod/.test(id)),
    [],
    'no pusher-js, Yjs or zod in the first load',
  );
  assert.ok(lazyModules.some(isYjs), 'the notes reach Yjs through import()');
});

test('the CDN bundle and <mentor-hub> load the room only when it is opened', async () => {
  for (const entry of ['packages/widgets/src/mentorkit.ts', 'packages/widgets/src/components/mentor-hub/mentor-hub.ts']) {
    const { modules, lazyModules } = await build(entry);
    assert.deepEqual(
      modules.filter((id) => isRoom(id) || isYjs(id)),
      [],
      `${entry}: no room code in the first load`,
    );
    assert.ok(lazyModules.some(isRoom), `${entry}: the room is a lazy chunk`);
  }
});
