import { BackgroundTasks } from './background.js';
import type { Config } from './config.js';
import type { Mailer } from './email/mailer.js';
import type { Logger } from './logger.js';
import { AuthSessionRepository } from './repositories/auth-session-repository.js';
import { CommunityRepository } from './repositories/community-repository.js';
import { MemberRepository } from './repositories/member-repository.js';
import { RateLimiter } from './repositories/rate-limit-repository.js';
import { SignInCodeRepository } from './repositories/sign-in-code-repository.js';
import type { Storage } from './storage/types.js';

/**
 * Everything a request handler may use, built once at start-up and handed to `createApp`.
 * Tests build the same thing over a fresh data directory.
 */
export interface Services {
  config: Config;
  /** The resolved signing secret (never logged). */
  secret: string;
  storage: Storage;
  mailer: Mailer;
  logger: Logger;
  now: () => Date;
  background: BackgroundTasks;
  communities: CommunityRepository;
  members: MemberRepository;
  rateLimiter: RateLimiter;
  authSessions: AuthSessionRepository;
  signInCodes: SignInCodeRepository;
}

export type ServiceBase = Pick<Services, 'config' | 'secret' | 'storage' | 'mailer' | 'logger'> & { now?: () => Date };

export async function createServices(base: ServiceBase): Promise<Services> {
  const { storage } = base;
  const [communities, members, rateLimiter, authSessions, signInCodes] = await Promise.all([
    CommunityRepository.open(storage),
    MemberRepository.open(storage),
    RateLimiter.open(storage),
    AuthSessionRepository.open(storage),
    SignInCodeRepository.open(storage, base.secret),
  ]);
  return {
    ...base,
    now: base.now ?? (() => new Date()),
    background: new BackgroundTasks(base.logger),
    communities,
    members,
    rateLimiter,
    authSessions,
    signInCodes,
  };
}
