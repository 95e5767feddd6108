// A randomized check of unread counts (SPEC T2): two members, two tabs each, random sends, mark-reads
// by whatever a tab has seen, catch-ups after reconnects and service restarts. After every step each
// member's unread count from the API equals a recount from the stored messages, and every tab that
// caught up holds exactly the stored messages.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../config.js';
import { messagesCollection } from '../repositories/message-repository.js';
import { startServer, type RunningServer } from '../server.js';
import { seedDemo } from '../demo/demo-seed.js';
import { demoBase as base, mentor, person, uniqueEmail, type Person } from '../testing/booking-fixtures.js';
import type { TestServer } from '../testing/test-server.js';

type Who = 0 | 1;
type Step =
  | { kind: 'send'; who: Who; tab: 0 | 1; text: string }
  | { kind: 'catch-up'; who: Who; tab: 0 | 1 }
  | { kind: 'mark-read'; who: Who; tab: 0 | 1 }
  | { kind: 'restart' };

const who = fc.constantFrom<Who>(0, 1);
const tab = fc.constantFrom<0 | 1>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('send' as const),
      who,
      tab,
      text: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('catch-up' as const), who, tab }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('mark-read' as const), who, tab }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

describe('unread counts are always a recount of the stored messages (randomized)', () => {
  let dataDir: string;
  let current: RunningServer;
  let secretKey: string;
  const config = () => loadConfig({ NODE_ENV: 'test', PORT: '0', MENTORKIT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  // The booking fixtures need a TestServer; this one follows the server across restarts.
  const server = {
    get services() {
      return current.services;
    },
    get secretKey() {
      return secretKey;
    },
    async api(method: string, pathname: string, options: { body?: unknown; token?: string } = {}) {
      const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(current.url + pathname, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
    },
  } as unknown as TestServer;

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-unread-'));
    current = await startServer(config());
    secretKey = (await seedDemo(current.services)).secretKey!;
    // Sending is rate-limited per member; the property sends far more than a person would.
    await server.api('PATCH', `${base}/settings`, { token: secretKey, body: { settings: { bookingRateLimitPerHour: 1000 } } });
  });
  after(async () => {
    await current.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('holds for random sends, reads, catch-ups and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        await run(steps);
      }),
      { numRuns: 12, seed: Number(process.env.FC_SEED ?? Date.now() % 1_000_000), verbose: true },
    );
  });

  /** One random scenario over a fresh mentor–mentee pair. */
  async function run(steps: Step[]): Promise<void> {
    const members: [Person, Person] = [await mentor(server), await person(server, uniqueEmail('reader'), 'Reader')];
    const call = async (m: Person, method: string, p: string, body?: unknown) => {
      const r = await server.api(method, `${base}${p}`, { token: await m.token(), ...(body !== undefined ? { body } : {}) });
      assert.ok(r.status < 300, `${method} ${p}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    await call(members[1], 'POST', '/mentorships', { mentorId: members[0].id });
    const conversationId: string = (await call(members[1], 'POST', '/conversations', { memberId: members[0].id })).id;
    // What each tab has seen (seq numbers) and each member's read position in the model.
    const tabs = [
      [[], []],
      [[], []],
    ] as number[][][];
    const readUpTo = [0, 0];
    let sent = 0;
    for (const s of steps) {
      if (s.kind === 'restart') {
        await current.close();
        current = await startServer(config());
        continue;
      }
      const m = members[s.who];
      const seen = tabs[s.who]![s.tab]!;
      if (s.kind === 'send') {
        // Keep clear of the per-member message limit: a fresh minute for every 25 messages.
        if (++sent % 25 === 0) current.services.now = () => new Date(Date.now() + sent * 3_000);
        const message = await call(m, 'POST', `/conversations/${conversationId}/messages`, { text: s.text });
        seen.push(message.seq);
        readUpTo[s.who] = Math.max(readUpTo[s.who]!, message.seq);
      } else if (s.kind === 'catch-up') {
        // Since the end of the unbroken run 1…k: a tab that sent message 5 may still miss 4 (the
        // same rule <mentor-messages> follows).
        let since = 0;
        while (seen.includes(since + 1)) since++;
        const page = await call(m, 'GET', `/conversations/${conversationId}/messages?since=${since}&limit=100`);
        seen.push(...page.items.map((x: { seq: number }) => x.seq));
      } else {
        const upTo = seen.length ? Math.max(...seen) : 0;
        await call(m, 'POST', `/conversations/${conversationId}/read`, { upTo });
        readUpTo[s.who] = Math.max(readUpTo[s.who]!, upTo);
      }
      // The check: the API's counts against a recount from the stored documents.
      const stored = await (await current.services.storage.collection<any>(messagesCollection)).find({ conversationId });
      for (const i of [0, 1] as const) {
        const recount = stored.filter((d) => d.senderId !== members[i].id && d.seq > readUpTo[i]!).length;
        const list = await call(members[i], 'GET', '/conversations');
        const mine = list.items.find((c: { id: string }) => c.id === conversationId);
        assert.equal(mine.unreadCount, recount, `unread of member ${i} after ${JSON.stringify(s)}`);
        assert.equal(mine.readUpTo, readUpTo[i]);
      }
      if (s.kind === 'catch-up') {
        const all = stored.map((d) => d.seq as number).sort((a, b) => a - b);
        assert.deepEqual(
          [...new Set(seen)].sort((a, b) => a - b),
          all,
          'a tab that caught up has every stored message, once',
        );
      }
    }
  }
});
