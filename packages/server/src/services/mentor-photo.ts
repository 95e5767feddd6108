import { MentorKitError } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { PhotoRecord } from '../repositories/photo-repository.js';
import type { Services } from '../service-container.js';
import { isListed } from './mentor-service.js';

/**
 * A mentor's photo as served by `getMentorPhoto`: public only while the mentor is listed (approved and
 * mentoring enabled, SPEC M2); admins also see pending and rejected applicants' photos to review them.
 * @throws MentorKitError NOT_FOUND when there is no photo or the viewer may not see it
 */
export async function mentorPhoto(
  services: Services,
  community: CommunityRecord,
  mentorId: string,
  asAdmin: boolean,
): Promise<{ photo: PhotoRecord; listed: boolean }> {
  const [profile, photo] = await Promise.all([
    services.mentors.findProfile(community.id, mentorId),
    services.mentorPhotos.get(community.id, mentorId),
  ]);
  const listed = Boolean(profile && isListed(profile));
  if (!photo || !profile || (!listed && !asAdmin)) throw new MentorKitError('NOT_FOUND', 'This mentor has no photo');
  return { photo, listed };
}
