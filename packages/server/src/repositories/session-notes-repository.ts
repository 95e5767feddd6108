import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

interface SessionNotesDoc extends StoredDoc {
  sessionId: string;
  /** The merged Yjs document, base64 of `Y.encodeStateAsUpdate`. */
  state: string;
  /** Bumped on every write: concurrent merges retry instead of overwriting each other. */
  version: number;
  updatedAt: Date;
}

export interface SessionNotesRecord {
  sessionId: string;
  state: string;
  version: number;
  updatedAt: Date;
}

export const sessionNotesCollection: CollectionSpec = {
  name: 'session_notes',
  indexes: [{ fields: ['communityId', 'sessionId'], unique: true }],
};

/** One merged notes document per session (SPEC T4). The service merges; this only stores conditionally. */
export class SessionNotesRepository {
  private constructor(private readonly col: Collection<SessionNotesDoc>) {}

  static async open(storage: Storage): Promise<SessionNotesRepository> {
    return new SessionNotesRepository(await storage.collection<SessionNotesDoc>(sessionNotesCollection));
  }

  async find(communityId: string, sessionId: string): Promise<SessionNotesRecord | null> {
    const doc = await this.col.findOne({ communityId, sessionId });
    return doc ? { sessionId: doc.sessionId, state: doc.state, version: doc.version, updatedAt: doc.updatedAt } : null;
  }

  /**
   * Stores `state` if the document is still at `expectedVersion` (0: not stored yet).
   * @returns false when somebody else wrote first; the caller merges again.
   */
  async save(communityId: string, sessionId: string, state: string, expectedVersion: number, now: Date): Promise<boolean> {
    if (expectedVersion === 0) {
      try {
        await this.col.insertOne({ _id: `${communityId}.${sessionId}`, communityId, sessionId, state, version: 1, updatedAt: now });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false; // inserted meanwhile
        throw error;
      }
    }
    const result = await this.col.updateOne(
      { communityId, sessionId, version: expectedVersion },
      { $set: { state, updatedAt: now }, $inc: { version: 1 } },
    );
    return result.matchedCount === 1;
  }
}
