/**
 * Benchmark: real-time fan-out on the built-in endpoint (issue 7). The real service runs in a child
 * process (embedded store, LOG_LEVEL silent); this process opens SOCKETS unmodified pusher-js (Node)
 * clients on loopback, all subscribed to one private channel, then publishes through the REST API with
 * the `pusher` SDK, as a backend would:
 *  - latency: EVENTS events one at a time; for each delivery, receive time − time the REST call began
 *    (sender and receivers share this process's clock), p50/p95/p99 over every delivery, and the time
 *    until the last socket had each event;
 *  - throughput: BURST events published back to back (10 requests in flight); deliveries per second
 *    until the last one arrived.
 * Bounded: loopback only, every wait has a deadline. Run: `node --import tsx bench/realtime.bench.ts`
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { connected, disconnectAll, pusherJs, restClient, subscribed, type Endpoint } from '../packages/server/src/testing/realtime-clients.js';

const ROLE_ENV = 'MENTORKIT_BENCH_ROLE';
const credentials = { appId: 'bench', key: 'bench-key-123', secret: 'bench-secret-0123456789abcdef' };

export interface RealtimeBenchResult {
  name: string;
  sockets: number;
  events: number;
  deliveries: number;
  p50Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
  lastDeliveryP50Ms?: number;
  lastDeliveryP95Ms?: number;
  /** How long the REST call itself took (request signed, sent, answered): part of every latency. */
  restP50Ms?: number;
  deliveriesPerSec?: number;
  eventsPerSec?: number;
  loadAverage: number;
}

async function serve(): Promise<void> {
  const { startTestServer } = await import('../packages/server/src/testing/test-server.js');
  const server = await startTestServer({
    LOG_LEVEL: 'silent',
    MENTORKIT_REALTIME_APP_ID: credentials.appId,
    MENTORKIT_REALTIME_KEY: credentials.key,
    MENTORKIT_REALTIME_SECRET: credentials.secret,
  });
  process.send!({ port: server.port });
  process.once('disconnect', () => void server.stop().then(() => process.exit(0)));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
const round = (ms: number) => Math.round(ms * 100) / 100;

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

export async function run(options: { sockets?: number; events?: number; burst?: number } = {}): Promise<RealtimeBenchResult[]> {
  const sockets = options.sockets ?? Number(process.env.SOCKETS ?? 1000);
  const events = options.events ?? Number(process.env.EVENTS ?? 50);
  const burst = options.burst ?? Number(process.env.BURST ?? 200);
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, [ROLE_ENV]: 'server', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const { port } = await withDeadline(
      new Promise<{ port: number }>((resolve, reject) => {
        child.once('message', (message) => resolve(message as { port: number }));
        child.once('exit', (code) => reject(new Error(`bench service exited with ${code}`)));
      }),
      60_000,
      'service start',
    );
    const endpoint: Endpoint = { host: '127.0.0.1', port, ...credentials };
    const channel = 'private-bench-fanout';
    let onDelivery: (data: { i: number; sentAt: number }) => void = () => undefined;
    const clients = [];
    for (let i = 0; i < sockets; i += 100) {
      const batch = Array.from({ length: Math.min(100, sockets - i) }, () => pusherJs(endpoint));
      await withDeadline(Promise.all(batch.map(async (client) => {
        await connected(client);
        await subscribed(client, channel);
        client.channel(channel).bind('tick', (data: { i: number; sentAt: number }) => onDelivery(data));
      })), 60_000, `connecting sockets ${i}–${i + batch.length}`);
      clients.push(...batch);
    }
    console.error(`# ${clients.length} sockets connected and subscribed`);
    const rest = restClient(endpoint);

    // Latency: one event at a time, every socket must have it before the next.
    const latencies: number[] = [];
    const lastDelivery: number[] = [];
    const restTimes: number[] = [];
    for (let i = 0; i < events; i++) {
      let received = 0;
      let last = 0;
      const all = new Promise<void>((resolve) => {
        onDelivery = (data) => {
          if (data.i !== i) return;
          const latency = performance.now() - data.sentAt;
          latencies.push(latency);
          last = latency;
          if (++received === sockets) resolve();
        };
      });
      const sentAt = performance.now();
      await rest.trigger(channel, 'tick', { i, sentAt });
      restTimes.push(performance.now() - sentAt);
      await withDeadline(all, 30_000, `event ${i}`);
      lastDelivery.push(last);
    }
    latencies.sort((a, b) => a - b);
    lastDelivery.sort((a, b) => a - b);
    restTimes.sort((a, b) => a - b);
    const latency: RealtimeBenchResult = {
      name: `realtime-fanout-latency-${sockets}`,
      sockets,
      events,
      deliveries: latencies.length,
      p50Ms: round(percentile(latencies, 0.5)),
      p95Ms: round(percentile(latencies, 0.95)),
      p99Ms: round(percentile(latencies, 0.99)),
      lastDeliveryP50Ms: round(percentile(lastDelivery, 0.5)),
      lastDeliveryP95Ms: round(percentile(lastDelivery, 0.95)),
      restP50Ms: round(percentile(restTimes, 0.5)),
      loadAverage: round(os.loadavg()[0]!),
    };
    console.log(JSON.stringify(latency));

    // Throughput: BURST events back to back, 10 REST calls in flight.
    let delivered = 0;
    const expected = burst * sockets;
    const done = new Promise<void>((resolve) => {
      onDelivery = (data) => {
        if (data.i >= events && ++delivered === expected) resolve();
      };
    });
    const began = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 10 }, async () => {
      while (next < burst) {
        const i = events + next++;
        await rest.trigger(channel, 'tick', { i, sentAt: performance.now() });
      }
    }));
    await withDeadline(done, 120_000, 'burst');
    const seconds = (performance.now() - began) / 1000;
    const throughput: RealtimeBenchResult = {
      name: `realtime-fanout-throughput-${sockets}`,
      sockets,
      events: burst,
      deliveries: delivered,
      deliveriesPerSec: Math.round(delivered / seconds),
      eventsPerSec: Math.round(burst / seconds),
      loadAverage: round(os.loadavg()[0]!),
    };
    console.log(JSON.stringify(throughput));
    return [latency, throughput];
  } finally {
    disconnectAll();
    child.disconnect();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

if (process.env[ROLE_ENV] === 'server') {
  await serve();
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
  process.exit(0);
}
