import { signInModeSchema, mentorApprovalSchema } from '@mentorkit/core';
import { ConfigError, type Config } from '../config.js';
import { createCommunity } from '../services/community-service.js';
import { withServices } from './with-services.js';

export async function communityCommand(
  config: Config,
  values: { slug?: string; name?: string; origin?: string[]; 'sign-in-mode'?: string; approval?: string },
): Promise<void> {
  if (!values.slug || !values.name) throw new ConfigError('community create needs --slug and --name');
  const signInMode = values['sign-in-mode'] ? signInModeSchema.parse(values['sign-in-mode']) : undefined;
  const mentorApproval = values.approval ? mentorApprovalSchema.parse(values.approval) : undefined;
  await withServices(config, async (services) => {
    const { community, secretKey } = await createCommunity(services, {
      slug: values.slug!,
      name: values.name!,
      allowedOrigins: values.origin ?? [],
      settings: { ...(signInMode ? { signInMode } : {}), ...(mentorApproval ? { mentorApproval } : {}) },
    });
    console.log(`Created community "${community.slug}" (${community.name}).`);
    console.log(`Publishable key (for pages): ${community.publishableKey}`);
    console.log(`Secret key (server-to-server; shown once, keep it safe): ${secretKey}`);
  });
}
