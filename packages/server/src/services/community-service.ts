import {
  communitySettingsSchema,
  createCommunityInputSchema,
  defaultCommunitySettings,
  validationFailed,
  zodValidationError,
  type CommunitySettings,
  type CreateCommunityInput,
  type UpdateCommunitySettingsInput,
} from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import { newId, randomToken } from '../security/crypto.js';
import type { Services } from '../service-container.js';

/** Merges partial settings over current ones, checking the result as a whole. */
function mergeSettings(current: CommunitySettings, partial: Partial<CommunitySettings> | undefined): CommunitySettings {
  const merged = { ...current, ...partial };
  const parsed = communitySettingsSchema.safeParse(merged);
  if (!parsed.success) throw zodValidationError(parsed.error, 'settings');
  return parsed.data;
}

/**
 * Creates a community with a fresh publishable key (`pk_…`, safe in pages) and secret key (`sk_…`,
 * server-to-server only). The secret key is returned here and never again.
 */
export async function createCommunity(
  services: Services,
  input: CreateCommunityInput,
): Promise<{ community: CommunityRecord; secretKey: string }> {
  const parsed = createCommunityInputSchema.safeParse(input);
  if (!parsed.success) throw zodValidationError(parsed.error, 'community');
  const now = services.now();
  const id = newId();
  const record: CommunityRecord = {
    id,
    slug: parsed.data.slug,
    name: parsed.data.name,
    allowedOrigins: parsed.data.allowedOrigins,
    publishableKey: randomToken('pk_', 18),
    secretKey: randomToken('sk_', 32),
    settings: mergeSettings(defaultCommunitySettings, parsed.data.settings),
    createdAt: now,
    updatedAt: now,
  };
  await services.communities.create(record);
  return { community: record, secretKey: record.secretKey };
}

export async function updateCommunitySettings(
  services: Services,
  community: CommunityRecord,
  input: UpdateCommunitySettingsInput,
): Promise<CommunityRecord> {
  if (input.name === undefined && input.allowedOrigins === undefined && input.settings === undefined) {
    throw validationFailed('request body', { path: '(root)', message: 'Nothing to update: send name, allowedOrigins or settings' });
  }
  return services.communities.update(
    community.id,
    {
      name: input.name,
      allowedOrigins: input.allowedOrigins,
      settings: input.settings ? mergeSettings(community.settings, input.settings) : undefined,
    },
    services.now(),
  );
}
