import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createLogger } from '../logger.js';
import { EmbeddedStorage } from '../storage/embedded/embedded-storage.js';
import { MongoStorage } from '../storage/mongo/mongo-storage.js';
import type { Storage } from '../storage/types.js';
import { FINISHED_JOB_RETENTION_MS, JobQueue, jobsCollection } from './job-queue.js';
import { JobRunner, PermanentJobError, RetryJobError } from './job-runner.js';

const logger = createLogger('silent');
const T0 = new Date('2026-12-01T10:00:00Z').getTime();

interface Lane {
  name: string;
  skip?: string;
  /** Fresh storage; `open()` gives another connection (or the same embedded instance) onto the same data. */
  create(): Promise<{ open(): Promise<Storage>; cleanup(): Promise<void> }>;
}

const lanes: Lane[] = [
  {
    name: 'embedded',
    async create() {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-jobs-'));
      const opened: Storage[] = [];
      return {
        // NeDB keeps a data file in one process's memory: a second instance on the same directory would
        // not see the first one's writes, so "several instances" share one storage object here.
        async open() {
          const s = new EmbeddedStorage(dir);
          opened.push(s);
          return s;
        },
        async cleanup() {
          for (const s of opened) await s.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'MongoDB',
    skip: process.env.MONGODB_URI ? undefined : 'MONGODB_URI is not set',
    async create() {
      const dbName = `mentorkit_jobs_${randomUUID().slice(0, 8)}`;
      const opened: MongoStorage[] = [];
      return {
        async open() {
          const s = await MongoStorage.connect(process.env.MONGODB_URI!, { dbName });
          opened.push(s);
          return s;
        },
        async cleanup() {
          await opened[0]?.dropDatabase();
          for (const s of opened) await s.close();
        },
      };
    },
  },
];

for (const lane of lanes) {
  describe(`job table on ${lane.name}`, { skip: lane.skip }, () => {
    async function withJobs(
      run: (h: {
        clock: { ms: number };
        queue: JobQueue;
        storage: Storage;
        second(): Promise<JobQueue>;
        restart(): Promise<JobQueue>;
      }) => Promise<void>,
    ) {
      const env = await lane.create();
      const clock = { ms: T0 };
      const now = () => new Date(clock.ms);
      let storage = await env.open();
      try {
        const queue = await JobQueue.open(storage, now);
        await run({
          clock,
          queue,
          storage,
          // Another service instance: its own queue object over the same data store.
          second: async () => JobQueue.open(lane.name === 'embedded' ? storage : await env.open(), now),
          restart: async () => {
            await storage.close();
            storage = await env.open();
            return JobQueue.open(storage, now);
          },
        });
      } finally {
        await env.cleanup();
      }
    }

    function runner(queue: JobQueue, clock: { ms: number }) {
      return new JobRunner(queue, () => new Date(clock.ms), logger);
    }

    it('enqueue is idempotent by key, per community', () =>
      withJobs(async ({ queue }) => {
        const a = await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: 'x', payload: { n: 1 } });
        const b = await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: 'x', payload: { n: 2 } });
        const c = await queue.enqueue({ communityId: 'c2', kind: 'k', idempotencyKey: 'x', payload: { n: 3 } });
        assert.equal(a.created, true);
        assert.equal(b.created, false);
        assert.equal(b.job.id, a.job.id);
        assert.deepEqual(b.job.payload, { n: 1 }, 'the first job stands');
        assert.equal(c.created, true);
        assert.equal((await queue.list('c1')).length, 1);
      }));

    it('runs a job when due by the clock, once', () =>
      withJobs(async ({ clock, queue, storage }) => {
        const r = runner(queue, clock);
        const seen: string[] = [];
        r.register<{ n: number }>('k', async (job) => void seen.push(`${job.payload.n}@${new Date(clock.ms).toISOString()}`));
        await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: 'later', payload: { n: 2 }, runAt: new Date(T0 + 3_600_000) });
        await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: 'now', payload: { n: 1 } });
        await r.runDue();
        assert.deepEqual(seen, ['1@2026-12-01T10:00:00.000Z']);
        clock.ms += 3_599_999;
        await r.runDue();
        assert.equal(seen.length, 1, 'not a millisecond early');
        clock.ms += 1;
        await r.runDue();
        await r.runDue();
        assert.deepEqual(seen, ['1@2026-12-01T10:00:00.000Z', '2@2026-12-01T11:00:00.000Z']);
        assert.deepEqual(
          (await queue.list('c1')).map((j) => j.status),
          ['done', 'done'],
        );
        const raw = await storage.collection<{ _id: string; communityId: string; expiresAt?: Date; updatedAt: Date }>(jobsCollection);
        const finished = await raw.find({ communityId: 'c1' });
        assert.equal(finished.length, 2);
        for (const doc of finished) {
          assert.equal(
            doc.expiresAt?.getTime(),
            new Date(doc.updatedAt).getTime() + FINISHED_JOB_RETENTION_MS,
            'finished jobs expire after the retention',
          );
        }
        const pending = await queue.enqueue({
          communityId: 'c1',
          kind: 'k',
          idempotencyKey: 'never-due',
          payload: { n: 3 },
          runAt: new Date(T0 + 86_400_000 * 365),
        });
        assert.equal((await raw.findOne({ _id: pending.job.id }))?.expiresAt, undefined, 'pending jobs never expire');
      }));

    it('retries with backoff, records the error, and fails after maxAttempts; a permanent error fails at once', () =>
      withJobs(async ({ clock, queue }) => {
        const r = runner(queue, clock);
        let calls = 0;
        r.register('flaky', async () => {
          calls++;
          if (calls < 3) throw new Error(`boom ${calls}`);
        });
        r.register(
          'broken',
          async () =>
            void (() => {
              throw new Error('never');
            })(),
          { maxAttempts: 2, backoffMs: () => 1000 },
        );
        r.register('gone', async () => {
          throw new PermanentJobError('410');
        });
        r.register('later', async (job) => {
          if (job.attempts === 1) throw new RetryJobError('429', { retryAt: new Date(T0 + 120_000) });
        });
        const flaky = (await queue.enqueue({ communityId: 'c1', kind: 'flaky', idempotencyKey: 'f', payload: {} })).job;
        const broken = (await queue.enqueue({ communityId: 'c1', kind: 'broken', idempotencyKey: 'b', payload: {} })).job;
        const gone = (await queue.enqueue({ communityId: 'c1', kind: 'gone', idempotencyKey: 'g', payload: {} })).job;
        const later = (await queue.enqueue({ communityId: 'c1', kind: 'later', idempotencyKey: 'l', payload: {} })).job;
        await r.runDue();
        let f = (await queue.findById('c1', flaky.id))!;
        assert.equal(f.status, 'pending');
        assert.equal(f.lastError, 'boom 1');
        assert.equal(f.runAt.getTime(), T0 + 30_000, 'first retry after 30 s');
        assert.equal((await queue.findById('c1', gone.id))!.status, 'failed');
        assert.equal((await queue.findById('c1', later.id))!.runAt.getTime(), T0 + 120_000, 'the handler chose the time');
        clock.ms = T0 + 30_000;
        await r.runDue();
        f = (await queue.findById('c1', flaky.id))!;
        assert.equal(f.runAt.getTime(), T0 + 30_000 + 60_000, 'then after 60 s');
        clock.ms = T0 + 200_000;
        await r.runDue();
        assert.equal((await queue.findById('c1', flaky.id))!.status, 'done');
        assert.equal((await queue.findById('c1', flaky.id))!.attempts, 3);
        assert.equal((await queue.findById('c1', later.id))!.status, 'done');
        const b = (await queue.findById('c1', broken.id))!;
        assert.equal(b.status, 'failed');
        assert.equal(b.attempts, 2);
      }));

    it('cancelGroup drops pending jobs of the group only', () =>
      withJobs(async ({ clock, queue }) => {
        const r = runner(queue, clock);
        const seen: string[] = [];
        r.register('k', async (job) => void seen.push(job.idempotencyKey));
        const at = new Date(T0 + 1000);
        await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: 'a', payload: {}, runAt: at, groupKey: 's1' });
        await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: 'b', payload: {}, runAt: at, groupKey: 's2' });
        await queue.enqueue({ communityId: 'c2', kind: 'k', idempotencyKey: 'c', payload: {}, runAt: at, groupKey: 's1' });
        assert.equal(await queue.cancelGroup('c1', 's1'), 1);
        clock.ms += 1000;
        await r.runDue();
        assert.deepEqual(seen.sort(), ['b', 'c']);
        const revived = await queue.enqueue(
          { communityId: 'c1', kind: 'k', idempotencyKey: 'a', payload: {}, runAt: at },
          { reviveCancelled: true },
        );
        assert.equal(revived.created, true);
        await r.runDue();
        assert.deepEqual(seen.sort(), ['a', 'b', 'c']);
      }));

    it('a job survives a restart, and a crashed claim is taken over after its lease', () =>
      withJobs(async ({ clock, queue, restart }) => {
        await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: 'a', payload: { n: 1 } });
        // An instance claims it and dies mid-send: the row stays `running` with a lease.
        const [candidate] = await queue.findClaimable(new Date(clock.ms), 10, ['k']);
        assert.ok(await queue.claim(candidate!, new Date(clock.ms), 60_000));
        const reopened = await restart();
        const r = runner(reopened, clock);
        const seen: number[] = [];
        r.register('k', async (job) => void seen.push(job.attempts), { leaseMs: 60_000 });
        await r.runDue();
        assert.deepEqual(seen, [], 'still locked by the crashed instance');
        clock.ms += 60_000;
        await r.runDue();
        assert.deepEqual(seen, [2], 'taken over once the lease passed');
        const [job] = await reopened.list('c1');
        assert.equal(job!.status, 'done');
      }));

    it('two instances on one data store run each job exactly once', () =>
      withJobs(async ({ clock, queue, second }) => {
        const other = await second();
        const runs = new Map<string, string[]>();
        const handler = (instance: string) => async (job: { idempotencyKey: string }) => {
          runs.set(job.idempotencyKey, [...(runs.get(job.idempotencyKey) ?? []), instance]);
          await new Promise((resolve) => setImmediate(resolve));
        };
        const a = runner(queue, clock);
        const b = runner(other, clock);
        a.register('k', handler('a'));
        b.register('k', handler('b'));
        for (let i = 0; i < 40; i++) await queue.enqueue({ communityId: 'c1', kind: 'k', idempotencyKey: `j${i}`, payload: {} });
        await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
        assert.equal(runs.size, 40);
        for (const [key, by] of runs) assert.equal(by.length, 1, `${key} ran ${by.join(',')}`);
        const instances = new Set([...runs.values()].flat());
        assert.ok(instances.size >= 1);
        assert.equal(await queue.list('c1', { status: 'done' }).then((j) => j.length), 40);
      }));
  });
}
