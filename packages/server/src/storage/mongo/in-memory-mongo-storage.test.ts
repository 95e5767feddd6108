// The storage contract over the MongoDB wire protocol on every `npm test`: the mongoose adapter against
// an in-memory MongoDB-compatible server shipped in an npm package (Linux x64 only; skipped elsewhere,
// saying why). It lacks a few operations; the cases that need them are skipped with the reason. Real
// MongoDB runs the whole contract in .github/workflows/ci.yml (mongo-storage.test.ts with MONGODB_URI).
import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import { findInMemoryMongo, startInMemoryMongo, type InMemoryMongo } from '../../testing/in-memory-mongo.js';
import { runStorageContract } from '../../testing/storage-contract.js';
import { MongoStorage } from './mongo-storage.js';

const found = findInMemoryMongo();
const unavailable = 'reason' in found ? found.reason : undefined;
if (unavailable) console.log(`# In-memory MongoDB lane skipped: ${unavailable}`);

let server: InMemoryMongo | undefined;
before(async () => {
  if ('binary' in found) server = await startInMemoryMongo(found.binary);
});
after(() => server?.stop());

const lacks = (what: string) => `the in-memory server (jongodb 0.1.6) does not implement ${what}`;

runStorageContract(
  'in-memory MongoDB wire server (jongodb) through mongoose',
  async () => {
    // A database per case. The server has no dropDatabase, and no drop either, so cleanup empties the
    // collections the case opened.
    const dbName = `contract_${randomUUID().slice(0, 8)}`;
    let current = await MongoStorage.connect(server!.uri, { dbName });
    return {
      storage: current,
      async reopen() {
        current = await MongoStorage.connect(server!.uri, { dbName });
        return current;
      },
      async cleanup() {
        await current.emptyCollections();
        await current.close();
      },
    };
  },
  {
    skip: unavailable,
    unsupported: {
      $push: lacks('$push'),
      $pull: lacks('$pull'),
      $min: lacks('$min'),
      $max: lacks('$max'),
      ttl: 'the in-memory wire server does not remove documents past a TTL index (real MongoDB does; the workflow lane covers it)',
    },
  },
);
