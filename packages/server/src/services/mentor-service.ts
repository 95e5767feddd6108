import { createHash } from 'node:crypto';
import {
  MentorKitError,
  validationFailed,
  type ApplyAsMentorData,
  type ListMentorApplicationsQuery,
  type MentorApplicationPage,
  type MentorCard,
  type MentorProfile,
  type PublicMentorProfile,
  type RatingSummary,
  type UpdateMentorProfileInput,
} from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MemberRecord } from '../repositories/member-repository.js';
import type { MentorProfileRecord } from '../repositories/mentor-repository.js';
import type { PhotoType } from '../repositories/photo-repository.js';
import type { Services } from '../service-container.js';
import { stripImageMetadata } from './photo-metadata.js';

/** Photos up to 2 MB (SPEC M3). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** Listed in the directory, bookable and shown on the mentor page to everyone (SPEC M2). */
export function isListed(profile: Pick<MentorProfileRecord, 'status' | 'mentoringEnabled'>): boolean {
  return profile.status === 'approved' && profile.mentoringEnabled;
}

export function ratingSummary(profile: Pick<MentorProfileRecord, 'ratingSum' | 'ratingCount'>): RatingSummary {
  return {
    average: profile.ratingCount > 0 ? Math.round((profile.ratingSum / profile.ratingCount) * 100) / 100 : null,
    count: profile.ratingCount,
  };
}

/** Photo URLs are stored as paths; answers carry them absolute so pages on other origins can load them. */
function absolute(services: Services, path: string | undefined): { photoUrl?: string } {
  return path === undefined ? {} : { photoUrl: path.startsWith('/') ? services.config.publicUrl + path : path };
}

export function toPublicMentorProfile(services: Services, p: MentorProfileRecord): PublicMentorProfile {
  return {
    id: p.id,
    displayName: p.displayName,
    ...absolute(services, p.photoUrl),
    bio: p.bio,
    expertise: p.expertise,
    languages: p.languages,
    ...(p.company !== undefined ? { company: p.company } : {}),
    ...(p.jobTitle !== undefined ? { jobTitle: p.jobTitle } : {}),
    ...(p.yearsOfExperience !== undefined ? { yearsOfExperience: p.yearsOfExperience } : {}),
    links: p.links,
    ...(p.introVideoUrl !== undefined ? { introVideoUrl: p.introVideoUrl } : {}),
    ...(p.mentoringGoals !== undefined ? { mentoringGoals: p.mentoringGoals } : {}),
    timeZone: p.timeZone,
    hourlyRate: p.hourlyRate,
    currency: p.currency,
    rating: ratingSummary(p),
    completedSessions: p.completedSessions,
    totalMinutes: p.totalMinutes,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toMentorProfile(services: Services, p: MentorProfileRecord): MentorProfile {
  return {
    ...toPublicMentorProfile(services, p),
    status: p.status,
    mentoringEnabled: p.mentoringEnabled,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Bios on cards are cut at a word boundary near 160 characters. */
function excerpt(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function toMentorCard(services: Services, p: MentorProfileRecord): MentorCard {
  return {
    id: p.id,
    displayName: p.displayName,
    ...absolute(services, p.photoUrl),
    bioExcerpt: excerpt(p.bio),
    expertise: p.expertise,
    languages: p.languages,
    ...(p.company !== undefined ? { company: p.company } : {}),
    ...(p.jobTitle !== undefined ? { jobTitle: p.jobTitle } : {}),
    timeZone: p.timeZone,
    hourlyRate: p.hourlyRate,
    currency: p.currency,
    rating: ratingSummary(p),
    completedSessions: p.completedSessions,
  };
}

/**
 * Creates the caller's mentor profile (SPEC C7). Applicants wait for an admin, unless the community
 * approves automatically or the roster already makes them a mentor (C2).
 * @throws MentorKitError ALREADY_EXISTS when the member already has a profile
 */
export async function applyAsMentor(
  services: Services,
  community: CommunityRecord,
  member: MemberRecord,
  input: ApplyAsMentorData,
): Promise<MentorProfileRecord> {
  const now = services.now();
  const approved = member.roles.isMentor || community.settings.mentorApproval === 'auto';
  const { displayName, ...fields } = input;
  const profile = await services.mentors.create(
    community.id,
    member.id,
    { ...fields, displayName: displayName ?? member.name },
    approved ? 'approved' : 'pending',
    now,
  );
  if (approved && !member.roles.isMentor) await services.members.setMentorApproved(community.id, member.id, true, now);
  await services.events.emit({ type: 'mentor.applied', community, profile, actorId: member.id, at: now });
  if (approved) await services.events.emit({ type: 'mentor.approved', community, profile, at: now });
  return profile;
}

/**
 * The caller's own profile. A member with neither a profile nor the mentor role gets 403; a mentor by
 * roster who has not created a profile yet gets 404.
 */
export async function requireOwnProfile(services: Services, community: CommunityRecord, auth: AuthContext): Promise<MentorProfileRecord> {
  const profile = await services.mentors.findProfile(community.id, auth.member.id);
  if (profile) return profile;
  if (!auth.roles.isMentor) throw new MentorKitError('ROLE_REQUIRED', 'Only a mentor can do this; apply as a mentor first');
  throw new MentorKitError('MENTOR_NOT_FOUND', 'You have no mentor profile yet; create one with applyAsMentor');
}

/**
 * Edits the caller's profile if `input.version` is still current (SPEC M1).
 * @throws MentorKitError STALE_VERSION when somebody saved in between; nothing is overwritten
 */
export async function updateMyMentorProfile(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  input: UpdateMentorProfileInput,
): Promise<MentorProfileRecord> {
  const current = await requireOwnProfile(services, community, auth);
  const { version, ...changes } = input;
  const updated = await services.mentors.update(community.id, current.id, version, changes, services.now());
  if (updated) return updated;
  const latest = await services.mentors.findProfile(community.id, current.id);
  throw new MentorKitError('STALE_VERSION', 'The profile changed since you loaded it; reload and apply your edits again', {
    details: { currentVersion: latest?.version ?? null, yourVersion: version },
  });
}

/** Approves or rejects an application (SPEC M2); the member's mentor role follows. */
export async function decideMentor(
  services: Services,
  community: CommunityRecord,
  mentorId: string,
  decision: 'approved' | 'rejected',
  reason?: string,
): Promise<MentorProfileRecord> {
  const now = services.now();
  const before = await services.mentors.findProfile(community.id, mentorId);
  const profile = await services.mentors.setStatus(community.id, mentorId, decision, decision === 'rejected' ? reason : undefined, now);
  if (!profile) throw new MentorKitError('MENTOR_NOT_FOUND', `No mentor ${mentorId} in this community`);
  await services.members.setMentorApproved(community.id, mentorId, decision === 'approved', now);
  // Approving an approved profile again announces nothing new.
  if (decision === 'approved' && before?.status !== 'approved')
    await services.events.emit({ type: 'mentor.approved', community, profile, at: now });
  return profile;
}

/** The image type from the first bytes; the declared Content-Type is never trusted (SPEC M3). */
export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.length >= 3 && starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (bytes.length >= 8 && starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * Stores the caller's photo and points the profile at it.
 * @throws MentorKitError UNSUPPORTED_MEDIA_TYPE unless JPEG, PNG or WebP; PAYLOAD_TOO_LARGE over 2 MB
 */
export async function uploadMentorPhoto(
  services: Services,
  community: CommunityRecord,
  auth: AuthContext,
  bytes: Buffer,
): Promise<MentorProfileRecord> {
  const profile = await requireOwnProfile(services, community, auth);
  if (bytes.length === 0) throw validationFailed('request body', { path: 'photo', message: 'Expected image bytes; the photo is empty' });
  if (bytes.length > MAX_PHOTO_BYTES) throw new MentorKitError('PAYLOAD_TOO_LARGE', `Photos are limited to ${MAX_PHOTO_BYTES} bytes`);
  const contentType = sniffImageType(bytes);
  if (!contentType)
    throw new MentorKitError('UNSUPPORTED_MEDIA_TYPE', "Expected a JPEG, PNG or WebP image (checked from the file's bytes)");
  // EXIF can hold the place a photo was taken and the camera's serial number: none of it is kept.
  bytes = stripImageMetadata(bytes, contentType);
  const etag = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
  const now = services.now();
  await services.mentorPhotos.put(community.id, profile.id, { contentType, bytes, etag }, now);
  const path = `/v1/communities/${community.slug}/mentors/${profile.id}/photo?v=${etag}`;
  const updated = await services.mentors.setPhotoUrl(community.id, profile.id, path, now);
  if (!updated) throw new MentorKitError('MENTOR_NOT_FOUND', 'Your mentor profile no longer exists');
  return updated;
}

/** Profiles in one status, oldest first, searched by `q`: the admins' approval queue (SPEC M2). */
export async function listMentorApplications(
  services: Services,
  community: CommunityRecord,
  query: ListMentorApplicationsQuery,
): Promise<MentorApplicationPage> {
  const { status, q, cursor, limit } = query;
  const page = await services.mentors.listByStatus(community.id, { status, limit, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) });
  return { items: page.items.map((p) => toMentorProfile(services, p)), nextCursor: page.nextCursor };
}
