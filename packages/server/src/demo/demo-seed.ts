import type { CommunityRecord } from '../repositories/community-repository.js';
import type { Services } from '../service-container.js';
import { createCommunity } from '../services/community-service.js';
import { importMembers } from '../services/member-import.js';
import { seedDemoMentors } from './demo-mentors-seed.js';
import { seedDemoSessions } from './demo-sessions-seed.js';

export const DEMO_SLUG = 'demo';

/** The demo accounts `npm start` prints (SPEC issue #2); sign in with any of them. */
export const demoAccounts = [
  { email: 'ana@example.com', name: 'Ana Souza', membershipType: 'Mentor', note: 'mentor' },
  { email: 'ben@example.com', name: 'Ben Okafor', membershipType: 'Mentee', note: 'mentee' },
  { email: 'cruz@example.com', name: 'Cruz Ramírez', membershipType: 'Mentor & Mentee', note: 'mentor and mentee' },
  { email: 'dana@example.com', name: 'Dana Lee', membershipType: 'Employer', note: 'employer' },
  { email: 'admin@example.com', name: 'Alex Admin', membershipType: 'Staff', note: 'community admin', isAdmin: true },
] as const;

/**
 * Further demo content (mentor profiles, availability, sessions) registers here, so the seed grows
 * with the product without this file knowing every feature.
 */
export type DemoSeedStep = (services: Services, community: CommunityRecord) => Promise<void>;
export const demoSeedSteps: DemoSeedStep[] = [seedDemoMentors, seedDemoSessions];

/**
 * Creates the `demo` community with its accounts once; running it again changes nothing.
 * Returns the community and, when it was just created, its secret key.
 */
export async function seedDemo(services: Services): Promise<{ community: CommunityRecord; secretKey?: string; created: boolean }> {
  const existing = await services.communities.findBySlug(DEMO_SLUG);
  if (existing) return { community: existing, created: false };
  const { community, secretKey } = await createCommunity(services, {
    slug: DEMO_SLUG,
    name: 'Riverside Tech Circle',
    allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
    settings: { signInMode: 'members-only', mentorApproval: 'manual', bookingRateLimitPerHour: 10 },
  });
  await importMembers(
    services,
    community,
    demoAccounts.map(({ note: _note, ...row }) => ({ ...row, isAdmin: 'isAdmin' in row ? row.isAdmin : false })),
  );
  for (const step of demoSeedSteps) await step(services, community);
  return { community, secretKey, created: true };
}
