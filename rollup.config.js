// Builds the widgets (see docs/embedding.md):
//   packages/widgets/dist/mentorkit.js       minified CDN bundle (every element, `window.MentorKit`); lazy chunks
//                                            (pusher-js) beside it in chunks/, loaded only when needed
//   packages/widgets/dist/<element>.js       per-element ESM entries for npm (lit external), plus index.js
// Type declarations and custom-elements.json come from `npm run build` (tsc, cem) after rollup.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
export const widgetsDir = path.join(root, 'packages/widgets');
const src = path.join(widgetsDir, 'src');
const dist = path.join(widgetsDir, 'dist');

/** `{ 'mentor-directory': '…/mentor-directory/mentor-directory.ts', … }`: one registering entry per element. */
export function elementEntries() {
  const dir = path.join(src, 'components');
  return Object.fromEntries(readdirSync(dir).map((name) => [name, path.join(dir, name, `${name}.ts`)]));
}

/** Core is pure (no side effects), so only the helpers the widgets use (never zod) get bundled. */
const treeshake = { moduleSideEffects: (id) => !id.includes(`${path.sep}core${path.sep}src${path.sep}`) };

/** Plugins for a browser build; `minify` for the CDN bundle and size checks. */
export function plugins({ minify }) {
  return [
    nodeResolve({ extensions: ['.ts', '.js', '.mjs'], browser: true }),
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

export default [
  {
    ...standaloneBuild(path.join(src, 'mentorkit.ts')),
    // pusher-js (real-time) is imported dynamically: it becomes a chunk loaded by the elements that subscribe.
    output: { dir: dist, format: 'es', entryFileNames: 'mentorkit.js', chunkFileNames: 'chunks/[name]-[hash].min.js', sourcemap: true },
  },
  {
    input: { ...elementEntries(), index: path.join(src, 'index.ts') },
    treeshake,
    external: (id) => /^(lit|@lit)(\/|$)/.test(id),
    plugins: plugins({ minify: false }),
    onwarn,
    output: { dir: dist, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
];
