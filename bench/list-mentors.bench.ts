/**
 * Benchmark: `listMentors` over HTTP with 10,000 approved mentors, beside a bare Hono route measured in
 * the same run as the ceiling. The service (real, embedded store, LOG_LEVEL silent) runs in a child
 * process so it has a core of its own; autocannon drives it from this process and every response time is
 * recorded for p50/p95. Prints one JSON line per measurement; `run()` returns them.
 * `service-getCommunity` is the service's own floor: the shared middleware stack (request log, security
 * headers, body limit, community lookup) with a one-read handler, no directory work.
 * Run: `node --import tsx bench/list-mentors.bench.ts` (MENTORS=… and DURATION=… seconds override).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

export interface HttpBenchResult {
  name: string;
  p50Ms: number;
  p95Ms: number;
  requestsPerSec: number;
}

interface Ready {
  serviceUrl: string;
  bareUrl: string;
  slug: string;
  mentors: number;
  seedSeconds: number;
}

const ROLE_ENV = 'MENTORKIT_BENCH_ROLE';
const skills = [
  'Frontend',
  'Backend',
  'Data',
  'Design',
  'Product',
  'Career change',
  'DevOps',
  'Machine learning',
  'Mobile',
  'Security',
  'React',
  'Go',
  'Python',
  'Leadership',
];
const firstNames = [
  'José',
  'María',
  'Zoë',
  'Ana',
  'Ben',
  'Chen',
  'Priya',
  'Liam',
  'Sofía',
  'Noah',
  'Aisha',
  'Kenji',
  'Lucía',
  'Omar',
  'Grace',
];
const lastNames = ['García', 'Smith', 'Núñez', 'Okafor', 'Tanaka', 'Müller', 'Rossi', 'Silva', 'Khan', 'Dubois', 'Kim', 'Ramírez'];
const zones = [
  'America/New_York',
  'Europe/London',
  'Europe/Madrid',
  'America/Mexico_City',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
];

/** Child process: the real service with `count` mentors inserted through the repositories, plus a bare Hono app. */
async function serve(count: number): Promise<void> {
  const [{ startTestServer }, { Hono }, { serve: serveNode }] = await Promise.all([
    import('../packages/server/src/testing/test-server.js'),
    import('hono'),
    import('@hono/node-server'),
  ]);
  const server = await startTestServer({ LOG_LEVEL: 'silent' });
  const { services } = server;
  const community = await services.communities.getBySlug('demo');
  const started = performance.now();
  const base = services.now().getTime();
  const batch = 200;
  for (let from = 0; from < count; from += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - from) }, (_, j) => {
        const i = from + j;
        const name = `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]} ${i}`;
        return services.mentors.create(
          community.id,
          `bench-mentor-${String(i).padStart(6, '0')}`,
          {
            displayName: name,
            bio: `${name} has mentored engineers for years and enjoys code reviews, career talks and mock interviews.`,
            expertise: [skills[i % skills.length]!, skills[(i * 3 + 1) % skills.length]!, skills[(i * 5 + 2) % skills.length]!].filter(
              (s, k, all) => all.indexOf(s) === k,
            ),
            languages: i % 3 === 0 ? ['es', 'en'] : ['en'],
            company: `Company ${i % 500}`,
            jobTitle: 'Senior Engineer',
            links: {},
            timeZone: zones[i % zones.length]!,
            hourlyRate: i % 4 === 0 ? 0 : 20 + (i % 10) * 10,
            currency: i % 2 ? 'USD' : 'EUR',
            mentoringEnabled: true,
          },
          'approved',
          new Date(base - i * 60_000),
        );
      }),
    );
  }
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  // A second ceiling answers the very bytes of a directory page, to separate payload cost (JSON on
  // the wire, parsed by the load generator on the same two cores) from the service's own work.
  const page = await (await fetch(`${server.url}/v1/communities/demo/mentors?limit=20`)).text();
  const bare = new Hono()
    .get('/bare', (c) => c.json({ ok: true }))
    .get('/bare-page', (c) => c.body(page, 200, { 'Content-Type': 'application/json' }));
  const bareServer = await new Promise<ReturnType<typeof serveNode>>((resolve) => {
    const s = serveNode({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = bareServer.address() as { port: number };
  const ready: Ready = { serviceUrl: server.url, bareUrl: `http://127.0.0.1:${address.port}`, slug: 'demo', mentors: count, seedSeconds };
  process.send!(ready);
  process.once('disconnect', () => {
    bareServer.close();
    void server.stop().finally(() => process.exit(0));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

/** Drives `url` for `seconds` and records every response time. */
async function measure(
  name: string,
  url: string,
  seconds: number,
  connections: number,
  headers: Record<string, string> = {},
): Promise<HttpBenchResult> {
  // Warm-up: builds the directory index and lets the JIT settle.
  await autocannon({ url, connections, duration: 2, headers });
  const times: number[] = [];
  let statusErrors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) statusErrors++;
      times.push(responseTime);
    });
  });
  if (statusErrors > 0) throw new Error(`${name}: ${statusErrors} answers were not 200`);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    name,
    p50Ms: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
    requestsPerSec: Math.round(times.length / seconds),
  };
}

/** Starts the service with `mentors` mentors, measures the bare route and three listMentors queries. */
export async function run(options: { mentors?: number; seconds?: number; connections?: number } = {}): Promise<HttpBenchResult[]> {
  const mentors = options.mentors ?? Number(process.env.MENTORS ?? 10_000);
  const seconds = options.seconds ?? Number(process.env.DURATION ?? 5);
  const connections = options.connections ?? 10;
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--conditions=mentorkit-source', '--import', 'tsx'],
    env: { ...process.env, [ROLE_ENV]: 'server', MENTORS: String(mentors), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Ready));
      child.once('exit', (code) => reject(new Error(`bench service exited with ${code}`)));
    });
    const list = `${ready.serviceUrl}/v1/communities/${ready.slug}/mentors`;
    const results: HttpBenchResult[] = [];
    // Browsers send Accept-Encoding: those rows measure the JSON compression (brotli 4 / gzip 6) too.
    const br = { 'accept-encoding': 'gzip, deflate, br' };
    const gzip = { 'accept-encoding': 'gzip' };
    for (const [name, url, headers] of [
      ['bare-hono-route', `${ready.bareUrl}/bare`],
      ['bare-hono-route-same-page', `${ready.bareUrl}/bare-page`],
      // The service's own floor: the shared middleware stack and a one-read handler, no directory work.
      ['service-getCommunity', `${ready.serviceUrl}/v1/communities/${ready.slug}`],
      [`listMentors-${mentors}-page20`, `${list}?limit=20`],
      [`listMentors-${mentors}-search`, `${list}?q=garcia&limit=20`],
      [`listMentors-${mentors}-filtered-sorted`, `${list}?expertise=design,devops&language=es&sort=rating&limit=20`],
      [`listMentors-${mentors}-page20-brotli`, `${list}?limit=20`, br],
      [`listMentors-${mentors}-page20-gzip`, `${list}?limit=20`, gzip],
    ] as [string, string, Record<string, string>?][]) {
      const result = await measure(name, url, seconds, connections, headers);
      console.log(JSON.stringify(result));
      results.push(result);
    }
    return results;
  } finally {
    child.disconnect();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

if (process.env[ROLE_ENV] === 'server') {
  await serve(Number(process.env.MENTORS ?? 10_000));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await run();
  const bare = results.find((r) => r.name === 'bare-hono-route')!;
  const barePage = results.find((r) => r.name === 'bare-hono-route-same-page')!;
  const floor = results.find((r) => r.name === 'service-getCommunity')!;
  const list = results.find((r) => r.name.endsWith('-page20'))!;
  console.log(
    JSON.stringify({
      name: 'summary',
      listMentorsP95Ms: list.p95Ms,
      shareOfBareRoute: Math.round((list.requestsPerSec / bare.requestsPerSec) * 100) / 100,
      shareOfBareRouteSamePage: Math.round((list.requestsPerSec / barePage.requestsPerSec) * 100) / 100,
      shareOfServiceFloor: Math.round((list.requestsPerSec / floor.requestsPerSec) * 100) / 100,
      targets: { p95Ms: 25, shareOfBareRoute: 0.4 },
    }),
  );
}
