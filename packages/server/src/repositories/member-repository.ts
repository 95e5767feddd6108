import { detectRoles, type Locale, type Member, type MemberImportRow, type Roles } from '@mentorkit/core';
import { newId } from '../security/crypto.js';
import type { Collection, CollectionSpec, Filter, Storage, StoredDoc } from '../storage/types.js';
import { afterPosition, decodeTextCursor, pageOf } from './keyset.js';

interface MemberDoc extends StoredDoc {
  email: string;
  name: string;
  membershipType: string;
  externalId?: string;
  locale?: Locale;
  isAdmin: boolean;
  /** Set when an admin approves a mentor application (SPEC C7/M2): mentor even if the roster says not. */
  mentorApproved?: boolean;
  /** Set by an admin (SPEC C8): every sign-in is refused from then on. */
  disabledAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const membersCollection: CollectionSpec = {
  name: 'members',
  indexes: [{ fields: ['communityId', 'email'], unique: true }, { fields: ['communityId', 'externalId'] }],
};

/** A member as the service knows it; `roles` are derived, never stored. */
export interface MemberRecord extends Omit<Member, 'createdAt' | 'updatedAt' | 'disabledAt'> {
  communityId: string;
  disabledAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export function rolesOf(doc: Pick<MemberDoc, 'membershipType' | 'isAdmin' | 'mentorApproved'>): Roles {
  const detected = detectRoles(doc.membershipType);
  return { ...detected, isMentor: detected.isMentor || doc.mentorApproved === true, isAdmin: doc.isAdmin };
}

function toRecord(doc: MemberDoc): MemberRecord {
  return {
    id: doc._id,
    communityId: doc.communityId,
    email: doc.email,
    name: doc.name,
    membershipType: doc.membershipType,
    ...(doc.externalId ? { externalId: doc.externalId } : {}),
    ...(doc.locale ? { locale: doc.locale } : {}),
    roles: rolesOf(doc),
    ...(doc.disabledAt ? { disabledAt: new Date(doc.disabledAt) } : {}),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class MemberRepository {
  private constructor(private readonly col: Collection<MemberDoc>) {}

  static async open(storage: Storage): Promise<MemberRepository> {
    return new MemberRepository(await storage.collection<MemberDoc>(membersCollection));
  }

  async findById(communityId: string, id: string): Promise<MemberRecord | null> {
    const doc = await this.col.findOne({ _id: id, communityId });
    return doc ? toRecord(doc) : null;
  }

  async findByEmail(communityId: string, email: string): Promise<MemberRecord | null> {
    const doc = await this.col.findOne({ communityId, email });
    return doc ? toRecord(doc) : null;
  }

  async findByIds(communityId: string, ids: string[]): Promise<MemberRecord[]> {
    return (await this.col.find({ communityId, _id: { $in: ids } })).map(toRecord);
  }

  /** The community's admins (who are told about operational trouble such as a disabled webhook). */
  async listAdmins(communityId: string): Promise<MemberRecord[]> {
    return (await this.col.find({ communityId, isAdmin: true }, { limit: 50 })).map(toRecord);
  }

  async count(communityId: string): Promise<number> {
    return this.col.count({ communityId });
  }

  /**
   * Creates or updates the member with this (normalized) email. The unique index on
   * (communityId, email) decides between concurrent creators; the loser updates instead.
   */
  async upsert(communityId: string, row: MemberImportRow, now: Date): Promise<{ member: MemberRecord; created: boolean }> {
    const $set: Record<string, unknown> = { name: row.name, membershipType: row.membershipType, updatedAt: now };
    if (row.externalId !== undefined) $set.externalId = row.externalId;
    if (row.isAdmin !== undefined) $set.isAdmin = row.isAdmin;
    if (row.locale !== undefined) $set.locale = row.locale;
    const updated = await this.col.findOneAndUpdate({ communityId, email: row.email }, { $set });
    if (updated) return { member: toRecord(updated), created: false };
    const doc: MemberDoc = {
      _id: newId(),
      communityId,
      email: row.email,
      name: row.name,
      membershipType: row.membershipType,
      ...(row.externalId !== undefined ? { externalId: row.externalId } : {}),
      ...(row.locale !== undefined ? { locale: row.locale } : {}),
      isAdmin: row.isAdmin ?? false,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.col.insertOne(doc);
      return { member: toRecord(doc), created: true };
    } catch (error) {
      const raced = await this.col.findOneAndUpdate({ communityId, email: row.email }, { $set });
      if (raced) return { member: toRecord(raced), created: false };
      throw error;
    }
  }

  /** Refuses the member's sign-ins from now on (SPEC C8). Null when there is no such member. */
  async disable(communityId: string, id: string, now: Date): Promise<MemberRecord | null> {
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId }, { $set: { disabledAt: now, updatedAt: now } });
    return doc ? toRecord(doc) : null;
  }

  /**
   * Disables the member and erases what identifies them: the name becomes "Removed member" and the
   * email a placeholder, so the real address may join again as a new member.
   */
  async erase(communityId: string, id: string, now: Date): Promise<MemberRecord | null> {
    const doc = await this.col.findOneAndUpdate(
      { _id: id, communityId },
      {
        $set: {
          disabledAt: now,
          updatedAt: now,
          name: 'Removed member',
          email: `removed-${id.toLowerCase()}@removed.invalid`,
          membershipType: '',
          isAdmin: false,
          mentorApproved: false,
        },
        $unset: { externalId: true as const, locale: true as const },
      },
    );
    return doc ? toRecord(doc) : null;
  }

  /** The member's language for emails and widgets (SPEC N1, E4); null when the member is gone. */
  async setLocale(communityId: string, id: string, locale: Locale, now: Date): Promise<MemberRecord | null> {
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId }, { $set: { locale, updatedAt: now } });
    return doc ? toRecord(doc) : null;
  }

  async setMentorApproved(communityId: string, id: string, approved: boolean, now: Date): Promise<void> {
    await this.col.updateOne({ _id: id, communityId }, { $set: { mentorApproved: approved, updatedAt: now } });
  }

  /** Sets or clears the admin flag; null when the member does not exist in this community. */
  async setAdmin(communityId: string, id: string, isAdmin: boolean, now: Date): Promise<MemberRecord | null> {
    const doc = await this.col.findOneAndUpdate({ _id: id, communityId }, { $set: { isAdmin, updatedAt: now } });
    return doc ? toRecord(doc) : null;
  }

  /**
   * Members ordered by name (then id), searched by name only: what people who are not admins may look
   * through. `cursor` is the `nextCursor` of the previous page (keyset.ts).
   */
  async listByName(
    communityId: string,
    options: { q?: string; cursor?: string; excludeId?: string; limit: number },
  ): Promise<{ items: MemberRecord[]; nextCursor: string | null }> {
    const and: Filter[] = [{ communityId }];
    if (options.excludeId) and.push({ _id: { $ne: options.excludeId } });
    if (options.q) and.push({ name: { $regex: new RegExp(escapeRegex(options.q), 'i') } });
    if (options.cursor) {
      const position = decodeTextCursor(options.cursor);
      and.push(afterPosition('name', 1, position.value, position.id));
    }
    const docs = await this.col.find({ $and: and }, { sort: { name: 1, _id: 1 }, limit: options.limit + 1 });
    return pageOf(docs.map(toRecord), options.limit, (m) => m.name);
  }

  /** Members ordered by email (unique in a community); `cursor` is the `nextCursor` of the previous page. */
  async list(
    communityId: string,
    options: { q?: string; cursor?: string; limit: number },
  ): Promise<{ items: MemberRecord[]; nextCursor: string | null }> {
    const filter: Filter = { communityId };
    if (options.cursor) filter.email = { $gt: decodeTextCursor(options.cursor).value };
    if (options.q) {
      const pattern = new RegExp(escapeRegex(options.q), 'i');
      filter.$or = [{ email: { $regex: pattern } }, { name: { $regex: pattern } }];
    }
    const docs = await this.col.find(filter, { sort: { email: 1 }, limit: options.limit + 1 });
    return pageOf(docs.map(toRecord), options.limit, (m) => m.email);
  }
}
