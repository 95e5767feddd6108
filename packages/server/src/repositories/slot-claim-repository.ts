import { isDuplicateKeyError, type Collection, type CollectionSpec, type Storage, type StoredDoc } from '../storage/types.js';

/** Claims are made in 5-minute steps counted from the Unix epoch; windows sit on 5-minute boundaries. */
export const CLAIM_STEP_MS = 5 * 60_000;

/**
 * One occupied 5-minute step of one person (SPEC S5). The `_id` is `${communityId}:${personId}:${step}`,
 * so the database's unique `_id` — not a read before a write — decides who holds a step, on every adapter
 * and across instances.
 */
interface SlotClaimDoc extends StoredDoc {
  personId: string;
  step: number;
  sessionId: string;
  createdAt: Date;
}

export interface SlotClaim {
  id: string;
  communityId: string;
  personId: string;
  step: number;
  sessionId: string;
  createdAt: Date;
}

export const slotClaimsCollection: CollectionSpec = {
  name: 'slot_claims',
  indexes: [{ fields: ['communityId', 'sessionId'] }],
};

/** The steps `[start, end)` covers; both ends are expected on the 5-minute grid. */
export function stepsOf(start: Date, end: Date): number[] {
  const first = Math.floor(start.getTime() / CLAIM_STEP_MS);
  const last = Math.ceil(end.getTime() / CLAIM_STEP_MS);
  return Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);
}

export function claimId(communityId: string, personId: string, step: number): string {
  return `${communityId}:${personId}:${step}`;
}

function toClaim(doc: SlotClaimDoc): SlotClaim {
  return {
    id: doc._id,
    communityId: doc.communityId,
    personId: doc.personId,
    step: doc.step,
    sessionId: doc.sessionId,
    createdAt: new Date(doc.createdAt),
  };
}

export class SlotClaimRepository {
  private constructor(private readonly col: Collection<SlotClaimDoc>) {}

  static async open(storage: Storage): Promise<SlotClaimRepository> {
    return new SlotClaimRepository(await storage.collection<SlotClaimDoc>(slotClaimsCollection));
  }

  /** Claims one step for a session. Returns false when somebody already holds it. */
  async tryClaim(communityId: string, personId: string, step: number, sessionId: string, now: Date): Promise<boolean> {
    try {
      await this.col.insertOne({ _id: claimId(communityId, personId, step), communityId, personId, step, sessionId, createdAt: now });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async find(communityId: string, personId: string, step: number): Promise<SlotClaim | null> {
    const doc = await this.col.findOne({ _id: claimId(communityId, personId, step), communityId });
    return doc ? toClaim(doc) : null;
  }

  /** Deletes one claim, only if it still belongs to `sessionId` (so a fresh claim is never removed). */
  async releaseOne(communityId: string, id: string, sessionId: string): Promise<boolean> {
    return (await this.col.deleteOne({ _id: id, communityId, sessionId })) > 0;
  }

  /** Deletes the given claims of a session (an attempt's own claims, when it fails halfway). */
  async releaseIds(communityId: string, sessionId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.col.deleteMany({ communityId, sessionId, _id: { $in: ids } });
  }

  /** Frees what a session held outside `keep` (its old time, once a reschedule claimed the new one). */
  async releaseSessionExcept(communityId: string, sessionId: string, keep: string[]): Promise<number> {
    return this.col.deleteMany({ communityId, sessionId, _id: { $nin: keep } });
  }

  /** Frees all the time a session held. */
  async releaseSession(communityId: string, sessionId: string): Promise<number> {
    return this.col.deleteMany({ communityId, sessionId });
  }

  async idsForSession(communityId: string, sessionId: string): Promise<string[]> {
    return (await this.col.find({ communityId, sessionId })).map((doc) => doc._id);
  }

  async countForSession(communityId: string, sessionId: string): Promise<number> {
    return this.col.count({ communityId, sessionId });
  }
}
