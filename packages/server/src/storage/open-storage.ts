import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import { EmbeddedStorage } from './embedded/embedded-storage.js';
import type { Storage } from './types.js';

/**
 * MongoDB when `MONGODB_URI` is set, otherwise the embedded store in the data directory. mongoose is
 * loaded only for MongoDB: importing it is about a third of the embedded service's start-up.
 */
export async function openStorage(config: Pick<Config, 'mongodbUri' | 'dataDir'>): Promise<Storage> {
  if (!config.mongodbUri) return new EmbeddedStorage(config.dataDir);
  const { MongoStorage } = await import('./mongo/mongo-storage.js');
  try {
    return await MongoStorage.connect(config.mongodbUri);
  } catch (error) {
    throw new ConfigError(`MONGODB_URI: cannot connect (${(error as Error).message.split('\n')[0]})`);
  }
}
