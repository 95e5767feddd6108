import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

function mentorkit(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--conditions=mentorkit-source', '--import', 'tsx', cli, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('mentorkit CLI (SPEC O3)', () => {
  let dataDir: string;
  let env: Record<string, string>;
  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-cli-'));
    env = { MENTORKIT_DATA_DIR: dataDir };
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('creates a community and prints its keys once', () => {
    const r = mentorkit(
      ['community', 'create', '--slug', 'makers', '--name', 'Makers Guild', '--origin', 'https://makers.example', '--sign-in-mode', 'open'],
      env,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Created community "makers"/);
    assert.match(r.stdout, /Publishable key \(for pages\): pk_/);
    assert.match(r.stdout, /Secret key .*: sk_/);
    const again = mentorkit(['community', 'create', '--slug', 'makers', '--name', 'Again'], env);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
  });

  it('imports members from CSV and JSON files, and reports bad rows by line', async () => {
    const csv = path.join(dataDir, 'members.csv');
    await writeFile(csv, 'email,name,membership type\nmo@example.com,Mo,Mentor\nlu@example.com,Lu,Student\n');
    const ok = mentorkit(['members', 'import', '--community', 'makers', '--file', csv], env);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Imported 2 members into "makers": 2 created, 0 updated/);
    const json = path.join(dataDir, 'members.json');
    await writeFile(json, JSON.stringify([{ email: 'mo@example.com', name: 'Mo Updated', membershipType: 'Mentor' }]));
    assert.match(mentorkit(['members', 'import', '--community', 'makers', '--file', json], env).stdout, /0 created, 1 updated/);
    const bad = path.join(dataDir, 'bad.csv');
    await writeFile(bad, 'email,name\nfine@example.com,Fine\nbroken,Broken\n');
    const refused = mentorkit(['members', 'import', '--community', 'makers', '--file', bad], env);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /line 3: email/);
    const missing = mentorkit(['members', 'import', '--community', 'nowhere', '--file', csv], env);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /No community with slug "nowhere"/);
  });

  it('seeds the demo idempotently', () => {
    assert.match(mentorkit(['seed'], env).stdout, /Created community "demo"/);
    assert.match(mentorkit(['seed'], env).stdout, /already exists; nothing changed/);
  });

  it('stops on bad configuration with a one-line reason', () => {
    const r = mentorkit(['serve'], { ...env, PORT: 'eighty' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^mentorkit: PORT /);
    const unknown = mentorkit(['frobnicate'], env);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });

  it('serves, answers /health, and shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--conditions=mentorkit-source', '--import', 'tsx', cli, 'serve'], {
      env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    for (let i = 0; i < 200 && !out.includes('MentorKit is running'); i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(out, new RegExp(`MentorKit is running at http://localhost:${port}`));
    assert.match(out, /ben@example\.com/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    assert.equal(health.status, 200);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
