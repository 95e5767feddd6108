/**
 * Benchmark (SPEC O5, issue 11): start-up of the compiled service — `node packages/server/dist/cli/main.js
 * serve`, plain Node, no tsx — on a fresh data directory, from process spawn to `GET /health` answering
 * 200. Measured in production mode (no demo seed, as deployed) and in development mode (seeds the demo
 * community on first start). Builds first when dist/ is missing or stale (`npm run build`).
 * On Linux it also reports the CPU time the service used until healthy (/proc), which a machine shared
 * with other work inflates far less than the wall-clock time.
 * Run: `node --import tsx bench/compiled-startup.bench.ts` (RUNS=… overrides the 7 runs per mode).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, repoRoot } from '../packages/server/src/testing/offline-install.js';

export interface StartupResult {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU (user + system) the service used until healthy, median; undefined off Linux. */
  medianCpuMs?: number;
  runs: number;
}

/** CPU time used so far by process `pid`, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const cli = path.join(repoRoot, 'packages/server/dist/cli/main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** One start: spawn → first 200 from /health, then SIGTERM and wait for the exit. */
async function startOnce(env: Record<string, string>): Promise<{ ms: number; cpu?: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-startup-'));
  const port = await freePort();
  const { NODE_OPTIONS: _options, MONGODB_URI: _mongo, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...inherited, ...env, PORT: String(port), HOST: '127.0.0.1', MENTORKIT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was healthy`);
      const status = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return { ms: performance.now() - started, cpu: cpuMs(child.pid!) };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function run(options: { runs?: number } = {}): Promise<StartupResult[]> {
  ensureBuilt();
  const runs = options.runs ?? Number(process.env.RUNS ?? 7);
  const modes: [string, Record<string, string>][] = [
    ['compiled-startup-production', { NODE_ENV: 'production', MENTORKIT_SECRET: 'bench-secret-bench-secret-bench-secret-0123' }],
    ['compiled-startup-development-demo-seed', { NODE_ENV: 'development' }],
  ];
  const results: StartupResult[] = [];
  for (const [name, env] of modes) {
    await startOnce(env); // warm the file system cache once; not counted
    const starts = [];
    for (let i = 0; i < runs; i++) starts.push(await startOnce(env));
    const times = starts.map((s) => s.ms).sort((a, b) => a - b);
    const cpu = starts.flatMap((s) => s.cpu ?? []).sort((a, b) => a - b);
    const median = (values: number[]) => Math.round(values[Math.floor(values.length / 2)]!);
    results.push({
      name,
      medianMs: median(times),
      minMs: Math.round(times[0]!),
      maxMs: Math.round(times.at(-1)!),
      medianCpuMs: cpu.length ? median(cpu) : undefined,
      runs,
    });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
