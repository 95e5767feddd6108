import { randomUUID } from 'node:crypto';
import { runStorageContract } from '../../testing/storage-contract.js';
import { MongoStorage } from './mongo-storage.js';

const uri = process.env.MONGODB_URI;
if (!uri) console.log('# MongoDB lane skipped: MONGODB_URI is not set (the embedded lane always runs)');

runStorageContract(
  'MongoDB (mongoose)',
  async () => {
    const dbName = `mentorkit_contract_${randomUUID().slice(0, 8)}`;
    const first = await MongoStorage.connect(uri!, { dbName });
    let current = first;
    return {
      storage: first,
      async reopen() {
        current = await MongoStorage.connect(uri!, { dbName });
        return current;
      },
      async cleanup() {
        const cleaner = await MongoStorage.connect(uri!, { dbName });
        await cleaner.dropDatabase();
        await cleaner.close();
        await current.close().catch(() => undefined);
      },
    };
  },
  // MongoDB's TTL monitor deletes expired documents once a minute.
  { skip: uri ? undefined : 'MONGODB_URI is not set; set it to run the contract against a MongoDB server', ttlSweepMs: 75_000 },
);
