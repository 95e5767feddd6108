/**
 * Benchmark: real-time fan-out on the built-in endpoint (issue 7). The real service runs in a child
 * process (embedded store, LOG_LEVEL silent); this process opens SOCKETS unmodified pusher-js (Node)
 * clients on loopback, all subscribed to one private channel, then publishes through the REST API with
 * the `pusher` SDK, as a backend would:
 *  - latency: EVENTS events one at a time; for each delivery, receive time − time the REST call began
 *    (sender and receivers share this process's clock), p50/p95/p99 over every delivery, and the time
 *    until the last socket had each event;
 *  - throughput: BURST events published back to back (10 requests in flight); deliveries per second
 *    until the last one arrived;
 *  - message delivery: MESSAGES direct messages sent one at a time through `sendMessage` (the SDK, as a
 *    member's app does) between members who share a session; each receiver is the SDK's `client.realtime`
 *    (pusher-js in Node) subscribed to its own member channel; latency = `message.created` arriving at
 *    the receiver − the moment `sendMessage` was called (one clock). 25 messages per sending member stay
 *    under the per-member send limit (30 a minute), so MESSAGES / 25 pairs take part.
 * Bounded: loopback only, every wait has a deadline. Run: `node --import tsx bench/realtime.bench.ts`
 * (SOCKETS, EVENTS, BURST, MESSAGES; SERVER_NODE_ARGS passes flags such as --cpu-prof to the service).
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { memberChannel, realtimeEvents } from '../packages/core/src/index.js';
import { createClient, memoryStorage, type MentorKitClient } from '../packages/sdk/src/index.js';
import { signIdentityToken } from '../packages/server/src/testing/identity-token.js';
import {
  connected,
  disconnectAll,
  pusherJs,
  restClient,
  subscribed,
  type Endpoint,
} from '../packages/server/src/testing/realtime-clients.js';

const ROLE_ENV = 'MENTORKIT_BENCH_ROLE';
const PAIRS_ENV = 'MENTORKIT_BENCH_PAIRS';
/** Messages one member may send per minute (MESSAGE_RATE_LIMIT is 30): stay below it. */
const MESSAGES_PER_SENDER = 25;
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
  /** The service process's CPU time (user + system) per published event, delivered to every socket. */
  serverCpuPerEventMs?: number;
  /** Message delivery: how long `sendMessage` took to answer. */
  sendP50Ms?: number;
  deliveriesPerSec?: number;
  eventsPerSec?: number;
  loadAverage: number;
}

interface BenchMember {
  email: string;
  name: string;
  id: string;
}

/** The service, plus `pairs` mentor–mentee pairs who share a booked session (so they may message). */
async function serve(): Promise<void> {
  const { startTestServer } = await import('../packages/server/src/testing/test-server.js');
  const { book, mentor, person, setBookingLimit, slotAt, uniqueEmail } = await import('../packages/server/src/testing/booking-fixtures.js');
  const server = await startTestServer({
    LOG_LEVEL: 'silent',
    MENTORKIT_REALTIME_APP_ID: credentials.appId,
    MENTORKIT_REALTIME_KEY: credentials.key,
    MENTORKIT_REALTIME_SECRET: credentials.secret,
  });
  await setBookingLimit(server, 1000);
  const pairs: Array<{ sender: BenchMember; receiver: BenchMember }> = [];
  for (let i = 0; i < Number(process.env[PAIRS_ENV] ?? 0); i++) {
    const receiver = await mentor(server, { name: `Bench Mentor ${i}` });
    const sender = await person(server, uniqueEmail('bench-sender'), `Bench Sender ${i}`);
    const booked = await book(server, sender, receiver.id, slotAt(server, 2, 10));
    if (booked.status !== 201) throw new Error(`booking for the message bench failed: ${JSON.stringify(booked.body)}`);
    pairs.push({
      sender: { email: sender.email, name: sender.name, id: sender.id },
      receiver: { email: receiver.email, name: receiver.name, id: receiver.id },
    });
  }
  // The parent asks for this process's CPU time around a phase: the service's own cost per event,
  // which a shared machine's load barely moves (unlike wall-clock latency).
  process.on('message', (message) => {
    if (message === 'cpu') process.send!({ cpu: process.cpuUsage() });
  });
  process.send!({ port: server.port, secretKey: server.secretKey, pairs });
  process.once('disconnect', () => void server.stop().then(() => process.exit(0)));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
const round = (ms: number) => Math.round(ms * 100) / 100;

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

export async function run(
  options: { sockets?: number; events?: number; burst?: number; messages?: number } = {},
): Promise<RealtimeBenchResult[]> {
  const sockets = options.sockets ?? Number(process.env.SOCKETS ?? 1000);
  const events = options.events ?? Number(process.env.EVENTS ?? 50);
  const burst = options.burst ?? Number(process.env.BURST ?? 200);
  const messages = options.messages ?? Number(process.env.MESSAGES ?? 50);
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    // SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the service's publish path.
    execArgv: ['--import', 'tsx', ...(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
    env: { ...process.env, [ROLE_ENV]: 'server', [PAIRS_ENV]: String(Math.ceil(messages / MESSAGES_PER_SENDER)), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    type Ready = { port: number; secretKey: string; pairs: Array<{ sender: BenchMember; receiver: BenchMember }> };
    const { port, secretKey, pairs } = await withDeadline(
      new Promise<Ready>((resolve, reject) => {
        child.once('message', (message) => resolve(message as Ready));
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
      await withDeadline(
        Promise.all(
          batch.map(async (client) => {
            await connected(client);
            await subscribed(client, channel);
            client.channel(channel).bind('tick', (data: { i: number; sentAt: number }) => onDelivery(data));
          }),
        ),
        60_000,
        `connecting sockets ${i}–${i + batch.length}`,
      );
      clients.push(...batch);
    }
    console.error(`# ${clients.length} sockets connected and subscribed`);
    const rest = restClient(endpoint);

    const serverCpu = () =>
      withDeadline(
        new Promise<number>((resolve) => {
          const onMessage = (message: unknown) => {
            const cpu = (message as { cpu?: NodeJS.CpuUsage }).cpu;
            if (!cpu) return;
            child.off('message', onMessage);
            resolve((cpu.user + cpu.system) / 1000);
          };
          child.on('message', onMessage);
          child.send('cpu');
        }),
        10_000,
        'server CPU time',
      );

    // Latency: one event at a time, every socket must have it before the next.
    const cpuBefore = await serverCpu();
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
    const serverCpuMs = (await serverCpu()) - cpuBefore;
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
      serverCpuPerEventMs: round(serverCpuMs / events),
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
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < burst) {
          const i = events + next++;
          await rest.trigger(channel, 'tick', { i, sentAt: performance.now() });
        }
      }),
    );
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
    disconnectAll(); // the fan-out sockets are done: the message figures should not pay for them

    if (messages <= 0) return [latency, throughput];
    const delivery = await messageDelivery(`http://127.0.0.1:${port}`, secretKey, pairs, messages);
    console.log(JSON.stringify(delivery));
    return [latency, throughput, delivery];
  } finally {
    disconnectAll();
    child.disconnect();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

/** A member's SDK client (as their app has), signed in with a host identity token. */
async function signedIn(baseUrl: string, secretKey: string, member: BenchMember): Promise<MentorKitClient> {
  const client = createClient({ baseUrl, community: 'demo', storage: memoryStorage() });
  await client.exchangeIdentityToken({ token: await signIdentityToken(secretKey, 'demo', { email: member.email, name: member.name }) });
  return client;
}

/** Sender → receiver latency of direct messages through `sendMessage` and the receiver's member channel. */
async function messageDelivery(
  baseUrl: string,
  secretKey: string,
  pairs: Array<{ sender: BenchMember; receiver: BenchMember }>,
  messages: number,
): Promise<RealtimeBenchResult> {
  const latencies: number[] = [];
  const sendTimes: number[] = [];
  const receivers: MentorKitClient[] = [];
  try {
    for (const [p, pair] of pairs.entries()) {
      const [sender, receiver] = await Promise.all([
        signedIn(baseUrl, secretKey, pair.sender),
        signedIn(baseUrl, secretKey, pair.receiver),
      ]);
      receivers.push(receiver);
      let onMessage: (text: string) => void = () => undefined;
      await withDeadline(
        new Promise<void>((resolve) => {
          receiver.realtime.subscribe(memberChannel(pair.receiver.id), (event, data: { message?: { text: string } }) => {
            if (event === 'pusher:subscription_succeeded') resolve();
            if (event === realtimeEvents.messageCreated && data.message) onMessage(data.message.text);
          });
        }),
        30_000,
        'receiver subscription',
      );
      const { id: conversationId } = await sender.openConversation({ memberId: pair.receiver.id });
      const count = Math.min(MESSAGES_PER_SENDER, messages - p * MESSAGES_PER_SENDER);
      for (let i = 0; i < count; i++) {
        const text = `bench message ${p}.${i}`;
        const arrived = new Promise<number>((resolve) => {
          onMessage = (got) => got === text && resolve(performance.now());
        });
        const sentAt = performance.now();
        await sender.sendMessage({ conversationId, text });
        sendTimes.push(performance.now() - sentAt);
        latencies.push((await withDeadline(arrived, 30_000, `message ${p}.${i}`)) - sentAt);
      }
    }
  } finally {
    for (const receiver of receivers) receiver.realtime.disconnect();
  }
  latencies.sort((a, b) => a - b);
  sendTimes.sort((a, b) => a - b);
  return {
    name: 'realtime-message-delivery',
    sockets: pairs.length,
    events: latencies.length,
    deliveries: latencies.length,
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
    sendP50Ms: round(percentile(sendTimes, 0.5)),
    loadAverage: round(os.loadavg()[0]!),
  };
}

if (process.env[ROLE_ENV] === 'server') {
  await serve();
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
  process.exit(0);
}
