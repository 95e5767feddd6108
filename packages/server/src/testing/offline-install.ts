import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** The packages we publish, in the repository's workspaces. */
export const publishedPackages = ['core', 'sdk', 'server', 'widgets'] as const;

export interface Tarball {
  name: string;
  version: string;
  filename: string;
  integrity: string;
  files: { path: string }[];
}

/** What the build writes last for each package, and the sources it comes from. */
const builtMarkers = [
  'core/dist/index.js',
  'sdk/dist/index.js',
  'server/dist/cli/main.js',
  'widgets/dist/types/index.d.ts',
  'widgets/dist/cdn/mentor-directory.js',
  'widgets/dist/custom-elements.json',
];

/** The newest change among the sources a build compiles (tests and test helpers are not built). */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = entry.name === 'testing' ? newest : Math.max(newest, newestChange(full));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` unless every package's dist/ is there and newer than its sources (as after `npm test`'s build step). */
export function ensureBuilt(): void {
  const markers = builtMarkers.map((marker) => path.join(repoRoot, 'packages', marker));
  const builtAt = Math.min(...markers.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  const changedAt = Math.max(...publishedPackages.map((name) => newestChange(path.join(repoRoot, 'packages', name, 'src'))));
  if (builtAt > changedAt) return;
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  name?: string;
  dependencies?: Record<string, string>;
  [field: string]: unknown;
}

function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** `npm pack`s the published packages (their built dist/) into `destination`. */
export function packPackages(destination: string): Tarball[] {
  const workspaces = publishedPackages.flatMap((name) => ['-w', `packages/${name}`]);
  const packed = npm(['pack', '--json', '--pack-destination', destination, ...workspaces], repoRoot);
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  return (JSON.parse(packed.stdout) as Tarball[]).map(({ name, version, filename, integrity, files }) => ({
    name,
    version,
    filename,
    integrity,
    files,
  }));
}

/**
 * Writes an empty project at `dir` that depends on the tarballs (in `dir/tarballs/`), with a lockfile
 * holding the versions the repository's own lockfile resolved for the packages' production
 * dependencies. With a lockfile npm needs only the packages' tarballs, which `npm ci` in the
 * repository left in the npm cache, so the project installs offline.
 */
export function writeProject(dir: string, tarballs: Tarball[]): void {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const ours = new Set(tarballs.map((t) => t.name));
  const dependencies = Object.fromEntries(tarballs.map((t) => [t.name, `file:tarballs/${t.filename}`]));
  const packages: Record<string, LockEntry> = {
    '': { name: 'mentorkit-install-check', version: '1.0.0', dependencies },
  };
  // The repository's own optional test tools (the in-memory MongoDB binary) are no package's dependency.
  const rootOptional = Object.keys((lock.packages['']?.optionalDependencies ?? {}) as Record<string, string>);
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key || entry.dev || entry.devOptional || entry.link) continue;
    if (entry.optional && rootOptional.some((name) => key === `node_modules/${name}`)) continue;
    const workspace = key.match(/^packages\/(\w+)(\/.*)?$/);
    if (workspace) {
      const [, folder, nested = ''] = workspace;
      const name = `@mentorkit/${folder}`;
      if (!ours.has(name)) continue;
      if (nested) {
        packages[`node_modules/${name}${nested}`] = entry;
        continue;
      }
      const tarball = tarballs.find((t) => t.name === name)!;
      const { name: _name, ...fields } = entry;
      packages[`node_modules/${name}`] = {
        ...fields,
        version: tarball.version,
        resolved: `file:tarballs/${tarball.filename}`,
        integrity: tarball.integrity,
      };
      continue;
    }
    packages[key] = entry;
  }
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'mentorkit-install-check', version: '1.0.0', private: true, type: 'module', dependencies }, null, 2),
  );
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'mentorkit-install-check', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

/** `npm ci --offline` in `dir`; a dependency missing from the npm cache fails with what to do about it. */
export function installOffline(dir: string): void {
  const installed = npm(['ci', '--offline', '--no-audit', '--no-fund'], dir);
  if (installed.status === 0) return;
  const missing =
    installed.stderr.match(/ENOTCACHED[\s\S]*?request to (\S+)/)?.[1] ??
    installed.stderr.match(/no cached response is available[^\n]*/)?.[0];
  if (/ENOTCACHED|only-if-cached/.test(installed.stderr)) {
    throw new Error(
      `The packages' dependencies are not all in the npm cache, so they cannot be installed offline` +
        `${missing ? ` (first missing: ${missing})` : ''}. Run \`npm ci\` in the repository first: it fills the cache.\n${installed.stderr}`,
    );
  }
  throw new Error(`npm ci --offline failed in ${dir}:\n${installed.stderr}`);
}
