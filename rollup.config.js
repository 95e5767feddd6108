// Builds the widgets (see docs/embedding.md):
//   packages/widgets/dist/mentorkit.js       minified CDN bundle (every element, `window.MentorKit`); lazy chunks
//                                            (pusher-js) beside it in chunks/, loaded only when needed
//   packages/widgets/dist/cdn/<element>.js   per-element minified browser entries sharing hashed chunks
//                                            (cdn/chunks/*-<hash>.js), so a page loads only what it uses
//   packages/widgets/dist/<element>.js       per-element ESM entries for npm (lit and @mentorkit/* external,
//                                            since the package depends on them), plus index.js
// The browser files get .br and .gz siblings, which the service sends to clients that accept them.
// Type declarations and custom-elements.json come from `npm run build` (tsc, cem) — see scripts/build.mjs.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
export const widgetsDir = path.join(root, 'packages/widgets');
const src = path.join(widgetsDir, 'src');
const dist = path.join(widgetsDir, 'dist');
const version = JSON.parse(readFileSync(path.join(widgetsDir, 'package.json'), 'utf8')).version;

/** Elements registered from a file in another element's folder (the hub loads its settings on first use). */
const nestedElements = { 'mentor-notification-settings': 'mentor-hub/mentor-notification-settings.ts' };

/** `{ 'mentor-directory': '…/mentor-directory/mentor-directory.ts', … }`: one registering entry per element. */
export function elementEntries() {
  const dir = path.join(src, 'components');
  return Object.fromEntries([
    ...readdirSync(dir).map((name) => [name, path.join(dir, name, `${name}.ts`)]),
    ...Object.entries(nestedElements).map(([name, file]) => [name, path.join(dir, file)]),
  ]);
}

/** Core is pure (no side effects), so only the helpers the widgets use (never zod) get bundled. */
const treeshake = { moduleSideEffects: (id) => !id.includes(`${path.sep}core${path.sep}src${path.sep}`) };

/**
 * Plugins for a browser build; `minify` for the CDN bundles and size checks. The "mentorkit-source"
 * export condition resolves @mentorkit/sdk and @mentorkit/core to their TypeScript sources.
 */
export function plugins({ minify }) {
  return [
    nodeResolve({ extensions: ['.ts', '.js', '.mjs'], browser: true, exportConditions: ['mentorkit-source'] }),
    esbuild({ target: 'es2022', tsconfig: path.join(root, 'tsconfig.json'), minify, legalComments: 'none' }),
  ];
}

/** A one-file minified build of `input` with everything it needs (the CDN bundle, size checks). */
export function standaloneBuild(input) {
  return { input, treeshake, plugins: plugins({ minify: true }), onwarn };
}

function onwarn(warning, warn) {
  if (['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
  warn(warning);
}

const CDN_ENTRY = '\0mentorkit-cdn-entry:';

/**
 * Per-element CDN entries, written here rather than as one source file per element: each registers its
 * element and, like mentorkit.js, makes the service it was loaded from the default `apiBase` and offers
 * `window.MentorKit.configure()`.
 */
function cdnEntries() {
  const importPath = (file) => JSON.stringify(file.split(path.sep).join('/'));
  return {
    name: 'mentorkit-cdn-entries',
    resolveId: (id) => (id.startsWith(CDN_ENTRY) ? id : null),
    load(id) {
      if (!id.startsWith(CDN_ENTRY)) return null;
      const element = elementEntries()[id.slice(CDN_ENTRY.length)];
      return [
        `import { createClient } from ${importPath(path.join(root, 'packages/sdk/src/index.ts'))};`,
        `import { configure, setDefaultApiBase } from ${importPath(path.join(src, 'base/config.ts'))};`,
        `import ${importPath(element)};`,
        'setDefaultApiBase(new URL(import.meta.url).origin);',
        `globalThis.MentorKit ??= { configure, createClient, version: ${JSON.stringify(version)} };`,
      ].join('\n');
    },
  };
}

/** Removes `dir` before an output is written, so no chunk of an earlier build (old hash) lingers. */
function cleanBeforeWrite(dir) {
  return { name: 'clean-before-write', renderStart: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `<file>.br` and `<file>.gz` beside every JavaScript file of the output (maximum compression, once). */
function precompress() {
  return {
    name: 'precompress',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? path.dirname(options.file);
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.endsWith('.js')) continue;
        const file = path.join(outDir, fileName);
        const code = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(code, { level: 9 }));
      }
    },
  };
}

export default [
  {
    ...standaloneBuild(path.join(src, 'mentorkit.ts')),
    // pusher-js (real-time) is imported dynamically: it becomes a chunk loaded by the elements that subscribe.
    // This output writes to dist/chunks/ first, so it clears chunks of earlier builds there.
    output: {
      dir: dist,
      format: 'es',
      entryFileNames: 'mentorkit.js',
      chunkFileNames: 'chunks/[name]-[hash].min.js',
      sourcemap: true,
      plugins: [cleanBeforeWrite(path.join(dist, 'chunks')), precompress()],
    },
  },
  {
    input: Object.fromEntries(Object.keys(elementEntries()).map((name) => [name, CDN_ENTRY + name])),
    treeshake,
    plugins: [cdnEntries(), ...plugins({ minify: true })],
    onwarn,
    output: {
      dir: path.join(dist, 'cdn'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Small side-effect-free chunks (helpers shared by two elements) join a chunk loaded with them:
      // fewer requests, and gzip compresses one larger file better than several small ones. Kept at 1 KB:
      // at 4 KB rollup merged the tablist, rating and money helpers into the directory's first load
      // (+1.3 KB gzip on `/`, over its 30 KB budget) although the directory uses none of them.
      experimentalMinChunkSize: 1024,
      sourcemap: true,
      plugins: [cleanBeforeWrite(path.join(dist, 'cdn')), precompress()],
    },
  },
  {
    input: { ...elementEntries(), index: path.join(src, 'index.ts') },
    treeshake,
    external: (id) => /^(lit|@lit|@mentorkit)(\/|$)/.test(id),
    plugins: plugins({ minify: false }),
    onwarn,
    output: {
      dir: dist,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
];
