import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runStorageContract } from '../../testing/storage-contract.js';
import { EmbeddedStorage } from './embedded-storage.js';

runStorageContract('embedded (NeDB)', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorkit-storage-'));
  let current = new EmbeddedStorage(dir);
  return {
    storage: current,
    async reopen() {
      current = new EmbeddedStorage(dir);
      return current;
    },
    async cleanup() {
      await current.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
