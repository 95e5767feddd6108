/**
 * Benchmark: the worst legitimate `listMentorSlots` request (issue 11, item 1). A mentor open 24/7 with
 * 15-minute steps and 15-minute sessions, asked for the longest range (92 days) in a zone with a
 * half-hour offset. Measures CPU time per request through the real app (`app.request`, no socket), for
 * a cache miss (each request one minute apart, so no answer is reused) and a cache hit, plus the bytes
 * of one answer. Target: ≤ 20 ms of CPU for the worst request.
 * Run: `node --import tsx bench/slot-endpoint.bench.ts` (REQUESTS=… overrides).
 */
import { pathToFileURL } from 'node:url';

export interface CpuBenchResult {
  name: string;
  cpuMsPerRequest: number;
  slotsPerAnswer: number;
  bytesPerAnswer: number;
}

const DAY = 24 * 60 * 60_000;

export async function run(options: { requests?: number } = {}): Promise<CpuBenchResult[]> {
  const requests = options.requests ?? Number(process.env.REQUESTS ?? 100);
  const [{ startTestServer }, { createApp }] = await Promise.all([
    import('../packages/server/src/testing/test-server.js'),
    import('../packages/server/src/app.js'),
  ]);
  const server = await startTestServer({ LOG_LEVEL: 'silent' });
  try {
    const { services } = server;
    const community = await services.communities.getBySlug('demo');
    const mentorId = 'bench-slots-mentor-1';
    await services.members.upsert(
      community.id,
      { email: 'slots-bench@example.org', name: 'Slots Bench', membershipType: 'Mentor' },
      services.now(),
    );
    await services.mentors.create(
      community.id,
      mentorId,
      {
        displayName: 'Always Open',
        bio: 'Open every minute of every day, the densest calendar a mentor can set.',
        expertise: ['Backend'],
        languages: ['en'],
        timeZone: 'UTC',
        hourlyRate: 0,
        currency: 'USD',
        mentoringEnabled: true,
      } as never,
      'approved',
      services.now(),
    );
    await services.availability.set(
      community.id,
      mentorId,
      {
        timeZone: 'UTC',
        weekly: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, start: '00:00', end: '24:00' })),
        overrides: [],
        blackouts: [],
      },
      services.now(),
    );
    await services.mentors.setBookingRules(
      community.id,
      mentorId,
      {
        durations: [15],
        slotStepMinutes: 15,
        minNoticeMinutes: 0,
        horizonDays: 365,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
        maxSessionsPerDay: 24,
      },
      services.now(),
    );
    const app = createApp(services);
    const start = Math.ceil(services.now().getTime() / DAY) * DAY + DAY;
    const url = (i: number) => {
      const from = new Date(start + i * 60_000).toISOString();
      const to = new Date(start + i * 60_000 + 92 * DAY).toISOString();
      return `/v1/communities/demo/mentors/${mentorId}/slots?from=${from}&to=${to}&duration=15&timeZone=Asia/Kolkata`;
    };
    const first = await app.request(url(0));
    if (first.status !== 200) throw new Error(`listMentorSlots answered ${first.status}: ${await first.text()}`);
    const text = await first.text();
    const slotsPerAnswer = (JSON.parse(text) as { slots: unknown[] }).slots.length;
    const measure = async (name: string, pick: (i: number) => string): Promise<CpuBenchResult> => {
      for (let i = 0; i < 10; i++) await (await app.request(pick(1_000 + i))).arrayBuffer(); // warm-up
      const before = process.cpuUsage();
      for (let i = 0; i < requests; i++) await (await app.request(pick(i + 1))).arrayBuffer();
      const used = process.cpuUsage(before);
      const result = {
        name,
        cpuMsPerRequest: Math.round(((used.user + used.system) / 1000 / requests) * 100) / 100,
        slotsPerAnswer,
        bytesPerAnswer: text.length,
      };
      console.log(JSON.stringify(result));
      return result;
    };
    return [
      await measure('listMentorSlots-worst-cache-miss', (i) => url(10_000 + i)),
      await measure('listMentorSlots-worst-cache-hit', () => url(0)),
    ];
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
