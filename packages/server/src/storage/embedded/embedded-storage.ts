import path from 'node:path';
import { ensurePrivateDir } from '../../security/private-dir.js';
import Datastore from '@seald-io/nedb';
import {
  DuplicateKeyError,
  type Collection,
  type CollectionSpec,
  type Filter,
  type FindOptions,
  type Storage,
  type StoredDoc,
  type Update,
  type UpdateResult,
} from '../types.js';

/** How often the append-only data files are compacted (NeDB rewrites them whole). */
const COMPACTION_INTERVAL_MS = 10 * 60 * 1000;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errorType?: string }).errorType === 'uniqueViolated';
}

class EmbeddedCollection<T extends StoredDoc> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly db: Datastore<T>,
  ) {}

  private async write<R>(operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateKeyError(this.name, { cause: error });
      throw error;
    }
  }

  async insertOne(doc: T): Promise<void> {
    // NeDB deep-copies on insert and on every read, so callers never share its cached objects.
    await this.write(() => this.db.insertAsync(doc));
  }

  async findOne(filter: Filter, options: Pick<FindOptions, 'sort'> = {}): Promise<T | null> {
    const [doc] = await this.find(filter, { ...options, limit: 1 });
    return doc ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.db.findAsync(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return cursor;
  }

  count(filter: Filter): Promise<number> {
    return this.db.countAsync(filter);
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    const result = await this.write(() => this.db.updateAsync(filter, update, { upsert: options.upsert ?? false }));
    return { matchedCount: result.numAffected, upserted: Boolean(result.upsert) };
  }

  async findOneAndUpdate(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<T | null> {
    const result = await this.write(() =>
      this.db.updateAsync(filter, update, { upsert: options.upsert ?? false, returnUpdatedDocs: true, multi: false }),
    );
    const doc = result.affectedDocuments as T | null | undefined;
    return doc ?? null;
  }

  async updateMany(filter: Filter, update: Update): Promise<{ matchedCount: number }> {
    const result = await this.write(() => this.db.updateAsync(filter, update, { multi: true }));
    return { matchedCount: result.numAffected };
  }

  deleteOne(filter: Filter): Promise<number> {
    return this.db.removeAsync(filter, { multi: false });
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.db.removeAsync(filter, { multi: true });
  }
}

/**
 * The zero-setup default: NeDB data files under `<dataDir>/db/`, one per collection, persisted on
 * every write and loaded at start. One process only — past one node, use MongoDB.
 */
export class EmbeddedStorage implements Storage {
  readonly kind = 'embedded' as const;
  private readonly open = new Map<string, Promise<Collection<StoredDoc>>>();
  private readonly stores: Datastore<StoredDoc>[] = [];

  constructor(private readonly dataDir: string) {}

  collection<T extends StoredDoc>(spec: CollectionSpec): Promise<Collection<T>> {
    let opening = this.open.get(spec.name);
    if (!opening) {
      opening = this.load(spec);
      this.open.set(spec.name, opening);
    }
    return opening as unknown as Promise<Collection<T>>;
  }

  private async load(spec: CollectionSpec): Promise<Collection<StoredDoc>> {
    const dir = path.join(this.dataDir, 'db');
    await ensurePrivateDir(this.dataDir);
    await ensurePrivateDir(dir);
    const db = new Datastore<StoredDoc>({ filename: path.join(dir, `${spec.name}.db`) });
    await db.loadDatabaseAsync();
    for (const index of spec.indexes) {
      await db.ensureIndexAsync({
        fieldName: index.fields.length === 1 ? index.fields[0]! : index.fields,
        unique: index.unique ?? false,
        expireAfterSeconds: index.expireAfterSeconds,
      });
    }
    db.setAutocompactionInterval(COMPACTION_INTERVAL_MS);
    this.stores.push(db);
    return new EmbeddedCollection(spec.name, db);
  }

  async close(): Promise<void> {
    await Promise.all(this.open.values());
    for (const db of this.stores) {
      db.stopAutocompaction();
      // Rewrites each data file whole (and fsyncs it), so a restart loads a compact, complete file.
      await db.compactDatafileAsync();
    }
    this.stores.length = 0;
    this.open.clear();
  }
}
