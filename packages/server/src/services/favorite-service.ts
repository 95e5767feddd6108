import { MentorKitError, type FavoriteList } from '@mentorkit/core';
import type { AuthContext } from '../context.js';
import type { CommunityRecord } from '../repositories/community-repository.js';
import { MAX_FAVORITES } from '../repositories/favorite-repository.js';
import type { Services } from '../service-container.js';
import { isListed, toMentorCard } from './mentor-service.js';

/** The mentors `auth` saved, newest first; mentors no longer listed are left out until they are again (SPEC M6). */
export async function listFavorites(services: Services, community: CommunityRecord, auth: AuthContext): Promise<FavoriteList> {
  const favorites = await services.favorites.list(community.id, auth.member.id);
  const profiles = new Map(
    (
      await services.mentors.findProfiles(
        community.id,
        favorites.map((f) => f.mentorId),
      )
    ).map((p) => [p.id, p]),
  );
  const items = favorites.flatMap((f) => {
    const profile = profiles.get(f.mentorId);
    return profile && isListed(profile) ? [{ ...toMentorCard(services, profile), favoritedAt: f.createdAt.toISOString() }] : [];
  });
  return { items };
}

/**
 * Saves a listed mentor (idempotent).
 * @throws MentorKitError MENTOR_NOT_FOUND for a mentor who is not listed; CONFLICT past `MAX_FAVORITES`
 */
export async function addFavorite(services: Services, community: CommunityRecord, auth: AuthContext, mentorId: string): Promise<void> {
  const profile = await services.mentors.findProfile(community.id, mentorId);
  if (!profile || !isListed(profile)) throw new MentorKitError('MENTOR_NOT_FOUND', `No mentor ${mentorId} in this community`);
  if ((await services.favorites.count(community.id, auth.member.id)) >= MAX_FAVORITES) {
    throw new MentorKitError('CONFLICT', `You can save at most ${MAX_FAVORITES} mentors; remove some first`);
  }
  await services.favorites.add(community.id, auth.member.id, mentorId, services.now());
}

/** Forgets a saved mentor (idempotent). */
export async function removeFavorite(services: Services, community: CommunityRecord, auth: AuthContext, mentorId: string): Promise<void> {
  await services.favorites.remove(community.id, auth.member.id, mentorId);
}
