// The storage contract: one suite every adapter passes (embedded, in-memory MongoDB wire, real MongoDB).
// Not a test file by itself: each adapter's test (storage/*/…-storage.test.ts) calls runStorageContract.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDuplicateKeyError, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

/**
 * One contract every storage adapter must keep. Each test gets fresh, empty storage from `create`;
 * `reopen` returns a new Storage over the same data (to prove persistence).
 */
export interface StorageHarness {
  storage: Storage;
  reopen(): Promise<Storage>;
  cleanup(): Promise<void>;
}

interface Person extends StoredDoc {
  email: string;
  name: string;
  tags?: string[];
  visits?: number;
  at?: Date;
  history?: { status: string; by: string }[];
  expiresAt?: Date;
}

/** A collection whose documents the store removes once `expiresAt` has passed (TTL index, `expireAfterSeconds: 0`). */
const expiring: CollectionSpec = {
  name: 'contract_expiring',
  indexes: [{ fields: ['expiresAt'], expireAfterSeconds: 0 }],
};

const people: CollectionSpec = {
  name: 'contract_people',
  indexes: [{ fields: ['communityId', 'email'], unique: true }, { fields: ['at'] }],
};

/** Operations that a MongoDB-compatible server may lack; a case that needs one is skipped there, with the reason. */
export type StorageFeature = '$push' | '$pull' | '$min' | '$max' | 'ttl';

export interface StorageContractOptions {
  /** Skips the whole contract (e.g. no server configured). */
  skip?: string;
  /** Features this backend lacks, each with the reason given when a case that needs it is skipped. */
  unsupported?: Partial<Record<StorageFeature, string>>;
  /** How long the adapter may take to remove expired documents (MongoDB's TTL monitor runs once a minute). */
  ttlSweepMs?: number;
}

export function runStorageContract(name: string, create: () => Promise<StorageHarness>, options: StorageContractOptions = {}): void {
  /** Test options for a case that needs `features`: skipped, with the reason, where one is unsupported. */
  const needs = (...features: StorageFeature[]) => {
    const reasons = features.flatMap((feature) => options.unsupported?.[feature] ?? []);
    return reasons.length > 0 ? { skip: reasons.join('; ') } : {};
  };

  describe(`storage contract: ${name}`, { skip: options.skip }, () => {
    async function withStorage(run: (harness: StorageHarness) => Promise<void>): Promise<void> {
      const harness = await create();
      try {
        await run(harness);
      } finally {
        await harness.cleanup();
      }
    }

    it('inserts and finds by equality, dotted paths and operators', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        const at = new Date('2026-03-08T07:00:00Z');
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', tags: ['go', 'ux'], at });
        await col.insertOne({ _id: 'p2', communityId: 'c1', email: 'b@x.org', name: 'Ben', tags: ['ux'] });
        await col.insertOne({ _id: 'p3', communityId: 'c2', email: 'a@x.org', name: 'Ana two' });
        assert.equal((await col.findOne({ _id: 'p1' }))?.name, 'Ana');
        assert.deepEqual((await col.findOne({ _id: 'p1' }))?.at, at, 'dates come back as Date');
        assert.equal(await col.count({ communityId: 'c1' }), 2);
        assert.deepEqual(
          (await col.find({ tags: 'ux' }, { sort: { _id: 1 } })).map((p) => p._id),
          ['p1', 'p2'],
        );
        assert.deepEqual(
          (await col.find({ _id: { $in: ['p2', 'p3'] } }, { sort: { _id: -1 } })).map((p) => p._id),
          ['p3', 'p2'],
        );
        assert.deepEqual(
          (await col.find({ at: { $lt: new Date('2026-04-01T00:00:00Z') } })).map((p) => p._id),
          ['p1'],
        );
        assert.deepEqual(
          (await col.find({ name: { $regex: /^ana/i } }, { sort: { _id: 1 } })).map((p) => p._id),
          ['p1', 'p3'],
        );
        assert.deepEqual(
          (await col.find({ $or: [{ email: 'b@x.org' }, { communityId: 'c2' }] }, { sort: { _id: 1 } })).map((p) => p._id),
          ['p2', 'p3'],
        );
        assert.equal(await col.findOne({ _id: 'nope' }), null);
      }));

    it('sorts, skips and limits', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        for (let i = 0; i < 5; i++) await col.insertOne({ _id: `p${i}`, communityId: 'c1', email: `${i}@x.org`, name: `n${i}` });
        const page = await col.find({ communityId: 'c1' }, { sort: { email: -1 }, skip: 1, limit: 2 });
        assert.deepEqual(
          page.map((p) => p._id),
          ['p3', 'p2'],
        );
      }));

    it('refuses a duplicate _id and a duplicate compound unique key, but not across communities', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana' });
        await assert.rejects(col.insertOne({ _id: 'p1', communityId: 'c1', email: 'z@x.org', name: 'Z' }), isDuplicateKeyError);
        await assert.rejects(col.insertOne({ _id: 'p2', communityId: 'c1', email: 'a@x.org', name: 'Ana again' }), isDuplicateKeyError);
        await col.insertOne({ _id: 'p3', communityId: 'c2', email: 'a@x.org', name: 'Ana elsewhere' });
        assert.equal(await col.count({}), 2, 'refused writes left nothing behind');
      }));

    it('lets exactly one of many concurrent inserts of one key win', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        const attempts = Array.from({ length: 20 }, (_, i) =>
          col.insertOne({ _id: `p${i}`, communityId: 'c1', email: 'same@x.org', name: `try ${i}` }),
        );
        const results = await Promise.allSettled(attempts);
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        for (const r of results) if (r.status === 'rejected') assert.ok(isDuplicateKeyError(r.reason));
        assert.equal(await col.count({ email: 'same@x.org' }), 1);
      }));

    it('updates conditionally: only a matching filter changes anything', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', visits: 0 });
        const stale = await col.updateOne({ _id: 'p1', visits: 5 }, { $set: { name: 'Nope' } });
        assert.deepEqual(stale, { matchedCount: 0, upserted: false });
        const fresh = await col.updateOne({ _id: 'p1', visits: 0 }, { $set: { name: 'Ana M' }, $inc: { visits: 1 } });
        assert.equal(fresh.matchedCount, 1);
        const after = await col.findOneAndUpdate({ _id: 'p1' }, { $addToSet: { tags: 'go' }, $inc: { visits: 1 } });
        assert.equal(after?.visits, 2);
        assert.deepEqual(after?.tags, ['go']);
        await col.updateOne({ _id: 'p1' }, { $addToSet: { tags: 'go' } });
        await col.updateOne({ _id: 'p1' }, { $addToSet: { tags: 'ux' } });
        await col.updateOne({ _id: 'p1' }, { $unset: { visits: true } });
        const doc = await col.findOne({ _id: 'p1' });
        assert.deepEqual(doc?.tags, ['go', 'ux']);
        assert.equal(doc?.visits, undefined);
        assert.equal(await col.findOneAndUpdate({ _id: 'missing' }, { $set: { name: 'x' } }), null);
      }));

    it('appends to arrays with $push, duplicates included', needs('$push'), () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', tags: ['go'] });
        await col.updateOne({ _id: 'p1' }, { $push: { tags: 'ux' } });
        await col.updateOne({ _id: 'p1' }, { $push: { tags: 'ux' } });
        assert.deepEqual((await col.findOne({ _id: 'p1' }))?.tags, ['go', 'ux', 'ux']);
      }),
    );

    it('removes every matching array element with $pull', needs('$pull'), () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', tags: ['go', 'ux', 'go'] });
        await col.updateOne({ _id: 'p1' }, { $pull: { tags: 'go' } });
        assert.deepEqual((await col.findOne({ _id: 'p1' }))?.tags, ['ux']);
      }),
    );

    it('keeps the lower value with $min and the higher with $max', needs('$min', '$max'), () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        const early = new Date('2026-01-01T00:00:00Z');
        const late = new Date('2026-06-01T00:00:00Z');
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', visits: 5, at: early });
        await col.updateOne({ _id: 'p1' }, { $min: { visits: 3 }, $max: { at: late } });
        await col.updateOne({ _id: 'p1' }, { $min: { visits: 4 }, $max: { at: early } });
        const doc = await col.findOne({ _id: 'p1' });
        assert.equal(doc?.visits, 3);
        assert.deepEqual(doc?.at, late);
      }),
    );

    it('refuses an update that would break a unique index and keeps the old document', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana' });
        await col.insertOne({ _id: 'p2', communityId: 'c1', email: 'b@x.org', name: 'Ben' });
        await assert.rejects(col.updateOne({ _id: 'p2' }, { $set: { email: 'a@x.org' } }), isDuplicateKeyError);
        assert.equal((await col.findOne({ _id: 'p2' }))?.email, 'b@x.org');
      }));

    it('upserts counters atomically', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        const first = await col.findOneAndUpdate(
          { _id: 'k1', communityId: 'c1' },
          { $inc: { visits: 1 }, $set: { email: 'k@x.org', name: 'counter' } },
          { upsert: true },
        );
        assert.equal(first?.visits, 1);
        const second = await col.updateOne({ _id: 'k1', communityId: 'c1' }, { $inc: { visits: 1 } }, { upsert: true });
        assert.deepEqual(second, { matchedCount: 1, upserted: false });
        assert.equal((await col.findOne({ _id: 'k1' }))?.visits, 2);
      }));

    it('updates and deletes many', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        for (let i = 0; i < 4; i++) await col.insertOne({ _id: `p${i}`, communityId: i < 3 ? 'c1' : 'c2', email: `${i}@x.org`, name: 'n' });
        assert.deepEqual(await col.updateMany({ communityId: 'c1' }, { $set: { name: 'm' } }), { matchedCount: 3 });
        assert.equal(await col.count({ name: 'm' }), 3);
        assert.equal(await col.deleteOne({ communityId: 'c1' }), 1);
        assert.equal(await col.deleteMany({ communityId: 'c1' }), 2);
        assert.equal(await col.count({}), 1);
      }));

    it('filters with $ne, $nin, $exists and $elemMatch as MongoDB does (missing fields included)', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        await col.insertOne({
          _id: 'p1',
          communityId: 'c1',
          email: 'a@x.org',
          name: 'Ana',
          visits: 3,
          history: [
            { status: 'pending', by: 'ana' },
            { status: 'confirmed', by: 'ben' },
          ],
        });
        await col.insertOne({
          _id: 'p2',
          communityId: 'c1',
          email: 'b@x.org',
          name: 'Ben',
          visits: 0,
          history: [{ status: 'confirmed', by: 'ana' }],
        });
        await col.insertOne({ _id: 'p3', communityId: 'c1', email: 'c@x.org', name: 'Cruz' });
        const ids = async (filter: Record<string, unknown>) => (await col.find(filter, { sort: { _id: 1 } })).map((p) => p._id);
        assert.deepEqual(await ids({ visits: { $ne: 3 } }), ['p2', 'p3'], '$ne matches documents without the field');
        assert.deepEqual(await ids({ name: { $nin: ['Ana', 'Ben'] } }), ['p3']);
        assert.deepEqual(await ids({ visits: { $nin: [0] } }), ['p1', 'p3'], '$nin matches documents without the field');
        assert.deepEqual(await ids({ visits: { $exists: true } }), ['p1', 'p2'], '$exists: true counts a stored 0');
        assert.deepEqual(await ids({ visits: { $exists: false } }), ['p3']);
        // $elemMatch: both conditions on the same element, unlike two dotted conditions.
        assert.deepEqual(await ids({ history: { $elemMatch: { status: 'confirmed', by: 'ana' } } }), ['p2']);
        assert.deepEqual(await ids({ 'history.status': 'confirmed', 'history.by': 'ana' }), ['p1', 'p2']);
      }));

    it('updates with $min and $max only when the new value is lower or higher', needs('$min', '$max'), () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        const at = new Date('2026-03-08T07:00:00Z');
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', visits: 5, at });
        await col.updateOne({ _id: 'p1' }, { $min: { visits: 7 } });
        assert.equal((await col.findOne({ _id: 'p1' }))?.visits, 5, '$min keeps a lower value');
        await col.updateOne({ _id: 'p1' }, { $min: { visits: 2 } });
        assert.equal((await col.findOne({ _id: 'p1' }))?.visits, 2);
        await col.updateOne({ _id: 'p1' }, { $max: { visits: 1 } });
        assert.equal((await col.findOne({ _id: 'p1' }))?.visits, 2, '$max keeps a higher value');
        await col.updateOne({ _id: 'p1' }, { $max: { visits: 9, at: new Date('2026-04-01T00:00:00Z') } });
        const doc = await col.findOne({ _id: 'p1' });
        assert.equal(doc?.visits, 9);
        assert.deepEqual(doc?.at, new Date('2026-04-01T00:00:00Z'), '$max compares dates');
      }),
    );

    it('removes documents past their TTL and keeps the others', needs('ttl'), () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(expiring);
        await col.insertOne({ _id: 'gone', communityId: 'c1', email: 'a@x.org', name: 'old', expiresAt: new Date(Date.now() - 60_000) });
        await col.insertOne({ _id: 'kept', communityId: 'c1', email: 'b@x.org', name: 'new', expiresAt: new Date(Date.now() + 3_600_000) });
        // Expiry is the store's job and may lag (MongoDB sweeps once a minute): poll until it happened.
        const deadline = Date.now() + (options.ttlSweepMs ?? 5_000);
        let left = await col.find({}, { sort: { _id: 1 } });
        while (left.some((d) => d._id === 'gone') && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          left = await col.find({}, { sort: { _id: 1 } });
        }
        assert.deepEqual(
          left.map((d) => d._id),
          ['kept'],
        );
      }),
    );

    it('never hands out references into its cache', () =>
      withStorage(async ({ storage }) => {
        const col = await storage.collection<Person>(people);
        const doc: Person = { _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', tags: ['a'] };
        await col.insertOne(doc);
        doc.tags!.push('mutated');
        const found = await col.findOne({ _id: 'p1' });
        found!.tags!.push('mutated too');
        assert.deepEqual((await col.findOne({ _id: 'p1' }))?.tags, ['a']);
      }));

    it('keeps data and unique indexes across a restart', () =>
      withStorage(async (harness) => {
        const col = await harness.storage.collection<Person>(people);
        await col.insertOne({ _id: 'p1', communityId: 'c1', email: 'a@x.org', name: 'Ana', at: new Date(0) });
        await col.updateOne({ _id: 'p1' }, { $set: { name: 'Ana M' } });
        await harness.storage.close();
        const reopened = await harness.reopen();
        const again = await reopened.collection<Person>(people);
        const doc = await again.findOne({ _id: 'p1' });
        assert.equal(doc?.name, 'Ana M');
        assert.ok(doc?.at instanceof Date);
        await assert.rejects(again.insertOne({ _id: 'p2', communityId: 'c1', email: 'a@x.org', name: 'dup' }), isDuplicateKeyError);
      }));
  });
}
