// The proof that a user can install what we publish (E7, O5): the four packages are packed from their
// built dist/ (`npm run build`, which `npm test` runs first), installed offline into an empty project,
// and used there the way the docs say — the SDK from plain Node, the service through `npx mentorkit
// serve` (no tsx anywhere in that project), its declarations by a type-checked consumer, and a widget
// from the installed package in Chromium.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { ensureBuilt, installOffline, packPackages, repoRoot, writeProject, type Tarball } from './testing/offline-install.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** SIGTERM to the process group (npx and the service it started); waits until all of it has exited. */
async function stopGroup(pid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(-pid, 'SIGTERM');
  while (alive()) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The environment of a user's shell: none of the repository's loaders or test settings. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, MONGODB_URI: _mongo, NODE_ENV: _env, MENTORKIT_DATA_DIR: _data, PORT: _port, ...env } = process.env;
  return { ...env, LOG_LEVEL: 'silent', ...extra };
}

describe('the published packages install from their tarballs and run (E7, O5)', () => {
  let dir: string;
  let tarballs: Tarball[];
  let service: ChildProcess | undefined;
  let serviceUrl: string;
  let serviceOutput = '';

  before(async () => {
    ensureBuilt();
    dir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-install-'));
    await mkdir(path.join(dir, 'tarballs'));
    tarballs = packPackages(path.join(dir, 'tarballs'));
    writeProject(dir, tarballs);
    installOffline(dir);
  });

  after(async () => {
    if (service?.pid) await stopGroup(service.pid);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('packs the four packages with built files only', () => {
    assert.deepEqual(tarballs.map((t) => t.name).sort(), ['@mentorkit/core', '@mentorkit/sdk', '@mentorkit/server', '@mentorkit/widgets']);
    const expected: Record<string, string[]> = {
      '@mentorkit/core': ['dist/index.js', 'dist/index.d.ts', 'dist/index.js.map'],
      '@mentorkit/sdk': ['dist/index.js', 'dist/index.d.ts'],
      '@mentorkit/server': ['dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts'],
      '@mentorkit/widgets': [
        'dist/index.js',
        'dist/mentorkit.js',
        'dist/mentorkit.js.br',
        'dist/cdn/mentor-directory.js',
        'dist/types/index.d.ts',
        'dist/custom-elements.json',
      ],
    };
    for (const tarball of tarballs) {
      const files = tarball.files.map((f) => f.path);
      for (const file of expected[tarball.name]!) assert.ok(files.includes(file), `${tarball.name} contains ${file}`);
      const unwanted = files.filter((f) => f.startsWith('src/') || /\.test\.|tsbuildinfo/.test(f));
      assert.deepEqual(unwanted, [], `${tarball.name} ships no sources, tests or build state`);
    }
    assert.ok(!existsSync(path.join(dir, 'node_modules/tsx')), 'the project has no tsx');
    for (const name of ['core', 'sdk', 'server', 'widgets']) {
      const installed = path.join(dir, 'node_modules/@mentorkit', name);
      assert.ok(existsSync(installed) && !installed.startsWith(repoRoot), `@mentorkit/${name} is installed in the project`);
    }
  });

  it('runs `npx mentorkit serve` with plain node on a fresh data directory and answers /health', async () => {
    const port = await freePort();
    serviceUrl = `http://127.0.0.1:${port}`;
    service = spawn('npx', ['--offline', 'mentorkit', 'serve'], {
      cwd: dir,
      env: userEnv({ PORT: String(port), MENTORKIT_DATA_DIR: path.join(dir, 'data') }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    service.stdout!.on('data', (chunk) => (serviceOutput += chunk));
    service.stderr!.on('data', (chunk) => (serviceOutput += chunk));
    for (let i = 0; i < 600 && !serviceOutput.includes('MentorKit is running') && service.exitCode === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.match(serviceOutput, /MentorKit is running/, serviceOutput);
    const health = await fetch(`${serviceUrl}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(
      { ...(await health.json()), uptimeSeconds: 0 },
      { status: 'ok', storage: 'embedded', mail: 'outbox', uptimeSeconds: 0 },
    );
    assert.ok(existsSync(path.join(dir, 'data')), 'the data directory was created');
  });

  it('lists mentors from the running service with the installed SDK in plain Node', async () => {
    await writeFile(
      path.join(dir, 'list-mentors.mjs'),
      `import { createClient, memoryStorage } from '@mentorkit/sdk';
       import { mentorDirectoryPageSchema } from '@mentorkit/core';
       import { createApp } from '@mentorkit/server';
       const client = createClient({ baseUrl: process.argv[2], community: 'demo', storage: memoryStorage() });
       const page = await client.listMentors({ limit: 5 });
       mentorDirectoryPageSchema.parse(page);
       console.log(JSON.stringify({ total: page.total, names: page.items.map((m) => m.displayName), createApp: typeof createApp }));`,
    );
    const run = spawnSync(process.execPath, ['list-mentors.mjs', serviceUrl], { cwd: dir, env: userEnv(), encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const listed = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { total: number; names: string[]; createApp: string };
    assert.ok(listed.total >= 5, `the demo community lists ${listed.total} mentors`);
    assert.equal(listed.names.length, 5);
    assert.equal(listed.createApp, 'function');
  });

  it('type-checks a consumer against the installed declarations', async () => {
    await writeFile(
      path.join(dir, 'consumer.ts'),
      `import { createClient, type MentorKitClient } from '@mentorkit/sdk';
       import { mentorDirectoryPageSchema, type MentorDirectoryPage } from '@mentorkit/core';
       import type { MentorDirectory } from '@mentorkit/widgets';
       import type { MentorDirectory as Registered } from '@mentorkit/widgets/mentor-directory.js';
       import { createApp, loadConfig } from '@mentorkit/server';
       const client: MentorKitClient = createClient({ baseUrl: 'https://mentors.example.org', community: 'demo' });
       export async function firstNames(): Promise<string[]> {
         const page: MentorDirectoryPage = mentorDirectoryPageSchema.parse(await client.listMentors({ limit: 3 }));
         return page.items.map((m) => m.displayName);
       }
       export const same: Registered | undefined = undefined as MentorDirectory | undefined;
       export const factories = [createApp, loadConfig] as const;`,
    );
    // Node's own resolution rules (nodenext), the strictest a consumer can pick.
    const compilerOptions = {
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2023', 'dom', 'dom.iterable'],
      types: [],
    };
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  it('renders <mentor-directory> from the installed widgets package in Chromium', async () => {
    const entry = '/mentorkit/cdn/mentor-directory.js';
    const served = Buffer.from(await (await fetch(serviceUrl + entry, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    assert.deepEqual(
      served,
      readFileSync(path.join(dir, 'node_modules/@mentorkit/widgets/dist', entry.replace('/mentorkit/', ''))),
      'the service serves the installed package',
    );

    const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
      (p) => p && existsSync(p),
    );
    assert.ok(executablePath, 'Chrome or Chromium is installed (set CHROME_PATH; scripts/ensure-chromium.mjs says how)');
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // A host page on the service's own origin, as a community site would be (no CORS set-up needed).
      await page.route(`${serviceUrl}/install-check.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><script type="module" src="${entry}"></script><mentor-directory community="demo"></mentor-directory>`,
        }),
      );
      await page.goto(`${serviceUrl}/install-check.html`);
      const cards = page.locator('mentor-directory').locator('[part="card"]');
      await cards.first().waitFor();
      assert.ok((await cards.count()) >= 5, 'the directory shows the demo mentors');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
