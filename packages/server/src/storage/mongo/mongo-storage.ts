import mongoose, { Schema, type Connection, type Model } from 'mongoose';
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

function isMongoDuplicate(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;
}

/**
 * A mongoose model per collection spec: `_id` and `communityId` are declared and required, the rest of
 * each document is shaped and validated by the repositories (zod at the edge, explicit mapping), so the
 * schema is non-strict. Indexes come from the same spec the embedded adapter uses.
 */
function modelFor(connection: Connection, spec: CollectionSpec): Model<StoredDoc> {
  const existing = connection.models[spec.name] as Model<StoredDoc> | undefined;
  if (existing) return existing;
  const schema = new Schema<StoredDoc>(
    {
      _id: { type: String, required: true },
      communityId: { type: String, required: true, index: true },
    },
    { collection: spec.name, strict: false, versionKey: false, autoIndex: false, id: false, timestamps: false },
  );
  for (const index of spec.indexes) {
    const fields = Object.fromEntries(index.fields.map((field) => [field, 1 as const]));
    schema.index(fields, {
      unique: index.unique ?? false,
      ...(index.expireAfterSeconds !== undefined ? { expireAfterSeconds: index.expireAfterSeconds } : {}),
    });
  }
  return connection.model<StoredDoc>(spec.name, schema);
}

class MongoCollection<T extends StoredDoc> implements Collection<T> {
  constructor(private readonly model: Model<StoredDoc>) {}

  private async write<R>(operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch (error) {
      if (isMongoDuplicate(error)) throw new DuplicateKeyError(this.model.collection.name, { cause: error });
      throw error;
    }
  }

  async insertOne(doc: T): Promise<void> {
    await this.write(() => this.model.create(doc));
  }

  async findOne(filter: Filter, options: Pick<FindOptions, 'sort'> = {}): Promise<T | null> {
    const query = this.model.findOne(filter);
    if (options.sort) query.sort(options.sort);
    return (await query.lean().exec()) as T | null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const query = this.model.find(filter);
    if (options.sort) query.sort(options.sort);
    if (options.skip) query.skip(options.skip);
    if (options.limit) query.limit(options.limit);
    return (await query.lean().exec()) as T[];
  }

  count(filter: Filter): Promise<number> {
    return this.model.countDocuments(filter).exec();
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    const result = await this.write(() => this.model.updateOne(filter, update, { upsert: options.upsert ?? false }).exec());
    return { matchedCount: result.matchedCount, upserted: result.upsertedCount > 0 };
  }

  async findOneAndUpdate(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<T | null> {
    return this.write(
      async () =>
        (await this.model
          .findOneAndUpdate(filter, update, { upsert: options.upsert ?? false, returnDocument: 'after' })
          .lean()
          .exec()) as T | null,
    );
  }

  async updateMany(filter: Filter, update: Update): Promise<{ matchedCount: number }> {
    const result = await this.write(() => this.model.updateMany(filter, update).exec());
    return { matchedCount: result.matchedCount };
  }

  async deleteOne(filter: Filter): Promise<number> {
    return (await this.model.deleteOne(filter).exec()).deletedCount;
  }

  async deleteMany(filter: Filter): Promise<number> {
    return (await this.model.deleteMany(filter).exec()).deletedCount;
  }
}

/**
 * MongoDB through mongoose, for production (a replica set or Atlas). Needs no transactions: the same
 * unique indexes and conditional updates that keep the embedded store correct keep this one correct.
 */
export class MongoStorage implements Storage {
  readonly kind = 'mongodb' as const;
  private readonly open = new Map<string, Promise<Collection<StoredDoc>>>();

  private constructor(private readonly connection: Connection) {}

  /** Connects and fails fast (within `serverSelectionTimeoutMS`) with the driver's reason. */
  static async connect(uri: string, options: { dbName?: string } = {}): Promise<MongoStorage> {
    const connection = mongoose.createConnection(uri, {
      dbName: options.dbName,
      serverSelectionTimeoutMS: 5000,
      autoIndex: false,
    });
    await connection.asPromise();
    return new MongoStorage(connection);
  }

  collection<T extends StoredDoc>(spec: CollectionSpec): Promise<Collection<T>> {
    let opening = this.open.get(spec.name);
    if (!opening) {
      opening = (async () => {
        const model = modelFor(this.connection, spec);
        await model.createCollection().catch(() => undefined); // exists already: fine
        await model.createIndexes();
        return new MongoCollection<StoredDoc>(model);
      })();
      this.open.set(spec.name, opening);
    }
    return opening as unknown as Promise<Collection<T>>;
  }

  /** Drops the whole database: for tests only. */
  async dropDatabase(): Promise<void> {
    await this.connection.dropDatabase();
  }

  /**
   * Deletes every document of the collections this instance opened: for tests on MongoDB-compatible
   * servers that have neither `dropDatabase` nor `drop` (the in-memory lane).
   */
  async emptyCollections(): Promise<void> {
    for (const opening of this.open.values()) await (await opening).deleteMany({});
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
