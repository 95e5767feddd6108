/**
 * The storage port: the few collection operations repositories need, in MongoDB's own query and update
 * language, so the same repository code runs on the embedded store and on MongoDB. Adapters implement
 * only this file; repositories never see a database type.
 *
 * Supported by both adapters (keep to these):
 * - filters: equality, dotted paths, `$lt $lte $gt $gte $ne $in $nin $exists $regex $or $and $elemMatch`
 * - updates: `$set $unset $inc $push $addToSet $pull $min $max`
 * - no transactions: correctness comes from unique indexes and conditional updates.
 */

/** Every stored document has an application-generated string id and belongs to one community. */
export interface StoredDoc {
  _id: string;
  communityId: string;
}

export type Filter = Record<string, unknown>;
export type Update = {
  $set?: Record<string, unknown>;
  $unset?: Record<string, true | 1 | ''>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $addToSet?: Record<string, unknown>;
  $pull?: Record<string, unknown>;
  $min?: Record<string, unknown>;
  $max?: Record<string, unknown>;
};

export type SortSpec = Record<string, 1 | -1>;

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
}

export interface IndexSpec {
  /** Field names in order; ascending. */
  fields: string[];
  unique?: boolean;
  /** Documents are removed this many seconds after the (Date) value of the single indexed field. */
  expireAfterSeconds?: number;
}

export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
}

export interface UpdateResult {
  matchedCount: number;
  /** True when `upsert` created a document. */
  upserted: boolean;
}

export interface Collection<T extends StoredDoc> {
  /** @throws DuplicateKeyError when a unique index (or `_id`) already holds the key. */
  insertOne(doc: T): Promise<void>;
  findOne(filter: Filter, options?: Pick<FindOptions, 'sort'>): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /** Updates the first match. With `upsert`, inserts from the filter's equality fields plus the update. */
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<UpdateResult>;
  /** Like `updateOne`, returning the document after the update (or null when nothing matched). */
  findOneAndUpdate(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<T | null>;
  updateMany(filter: Filter, update: Update): Promise<{ matchedCount: number }>;
  deleteOne(filter: Filter): Promise<number>;
  deleteMany(filter: Filter): Promise<number>;
}

export interface Storage {
  readonly kind: 'embedded' | 'mongodb';
  /** Opens (creating indexes once) the collection described by `spec`. */
  collection<T extends StoredDoc>(spec: CollectionSpec): Promise<Collection<T>>;
  close(): Promise<void>;
}

/** A unique index refused a write. `key` names the index fields when the adapter knows them. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    options: { cause?: unknown } = {},
  ) {
    super(`Duplicate key in ${collection}`, options);
    this.name = 'DuplicateKeyError';
  }
}

export function isDuplicateKeyError(error: unknown): error is DuplicateKeyError {
  return error instanceof DuplicateKeyError;
}
