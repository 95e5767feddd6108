// The service container (composition root): opens every repository over the storage port, builds the
// shared parts (events, jobs, caches, real-time) and registers the subscribers, once at start-up.
// Operations live in services/; this file only wires them together.
import { BackgroundTasks } from './background.js';
import type { Config } from './config.js';
import type { Mailer } from './email/mailer.js';
import { DomainEvents } from './events/domain-events.js';
import { JobQueue } from './jobs/job-queue.js';
import { JobRunner } from './jobs/job-runner.js';
import { CalendarFeedRepository } from './calendar/calendar-feed-repository.js';
import { NotificationPreferencesRepository } from './notifications/notification-preferences-repository.js';
import { registerNotifications } from './notifications/notification-events.js';
import type { Logger } from './logger.js';
import { AuthSessionRepository } from './repositories/auth-session-repository.js';
import { CommunityRepository } from './repositories/community-repository.js';
import { MemberRepository } from './repositories/member-repository.js';
import { RateLimiter } from './repositories/rate-limit-repository.js';
import { SignInCodeRepository } from './repositories/sign-in-code-repository.js';
import { UsedIdentityTokenRepository } from './repositories/used-identity-token-repository.js';
import { AvailabilityRepository } from './repositories/availability-repository.js';
import { FavoriteRepository } from './repositories/favorite-repository.js';
import { MentorRepository } from './repositories/mentor-repository.js';
import { PhotoRepository } from './repositories/photo-repository.js';
import { MentorDirectory } from './services/directory-service.js';
import { SlotAnswerCache } from './services/slot-page.js';
import { MentorshipRepository } from './repositories/mentorship-repository.js';
import { RelationshipRepository } from './repositories/relationship-repository.js';
import { SessionRepository } from './repositories/session-repository.js';
import { SlotClaimRepository } from './repositories/slot-claim-repository.js';
import { WebhookDeliveryRepository } from './repositories/webhook-delivery-repository.js';
import { WebhookEndpointRepository } from './repositories/webhook-endpoint-repository.js';
import { registerWebhooks } from './webhooks/register-webhooks.js';
import { ConversationRepository } from './repositories/conversation-repository.js';
import { MessageRepository } from './repositories/message-repository.js';
import { NotificationRepository } from './repositories/notification-repository.js';
import { registerSubscribers } from './events/subscribers.js';
import type { Storage } from './storage/types.js';
import { SessionNotesRepository } from './repositories/session-notes-repository.js';
import { registerVideoRoomChannelRules } from './services/video-room-service.js';
import { RealtimeChannelRules } from './realtime/channel-rules.js';
import { SilentRealtime, type RealtimeService } from './realtime/realtime-port.js';

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
  /** What services announce after a change; notifications, real-time, mail and webhooks subscribe. */
  events: DomainEvents;
  communities: CommunityRepository;
  members: MemberRepository;
  rateLimiter: RateLimiter;
  authSessions: AuthSessionRepository;
  signInCodes: SignInCodeRepository;
  /** Spent identity-token `jti`s until their expiry: each host token signs in once. */
  usedIdentityTokens: UsedIdentityTokenRepository;
  mentors: MentorRepository;
  availability: AvailabilityRepository;
  favorites: FavoriteRepository;
  mentorPhotos: PhotoRepository;
  /** In-memory directory index per community, rebuilt when the mentors' stamp changes. */
  directory: MentorDirectory;
  /** Recent `listMentorSlots` answers (item 1 of the security review: a flood of slot queries is served from here). */
  slotAnswers: SlotAnswerCache;
  sessions: SessionRepository;
  /** One document per occupied 5-minute step and person: the database decides double bookings (SPEC S5). */
  slotClaims: SlotClaimRepository;
  mentorships: MentorshipRepository;
  relationships: RelationshipRepository;
  /** The durable job table (jobs/job-queue.ts): every outgoing message is a row here first. */
  jobs: JobQueue;
  /** Runs due jobs by kind; `register(kind, handler)` adds kinds. Started by the server, stopped on close. */
  jobRunner: JobRunner;
  notificationPreferences: NotificationPreferencesRepository;
  /** Private calendar feed tokens (stored hashed). */
  calendarFeeds: CalendarFeedRepository;
  /** Site owners' webhook endpoints (SPEC N3); signing secrets sealed with the service secret. */
  webhookEndpoints: WebhookEndpointRepository;
  /** One record per event and endpoint, with its attempts (the delivery log). */
  webhookDeliveries: WebhookDeliveryRepository;
  /** Shared session notes, one merged Yjs document per session (SPEC T4). */
  sessionNotes: SessionNotesRepository;
  /** Direct-message conversations and each member's read position (SPEC T2). */
  conversations: ConversationRepository;
  messages: MessageRepository;
  /** In-app notifications (SPEC T5), created by the notifier from domain events. */
  notifications: NotificationRepository;
  /** Publishes live events (built-in Pusher endpoint or hosted Pusher; see realtime-port.ts). */
  realtime: RealtimeService;
  /** Who may subscribe to which private/presence channel; features add kinds (e.g. conversations). */
  realtimeRules: RealtimeChannelRules;
}

export type ServiceBase = Pick<Services, 'config' | 'secret' | 'storage' | 'mailer' | 'logger'> & {
  now?: () => Date;
  realtime?: RealtimeService;
};

export async function createServices(base: ServiceBase): Promise<Services> {
  const { storage } = base;
  const now = base.now ?? (() => new Date());
  const [communities, members, rateLimiter, authSessions, signInCodes] = await Promise.all([
    CommunityRepository.open(storage),
    MemberRepository.open(storage),
    RateLimiter.open(storage),
    AuthSessionRepository.open(storage),
    SignInCodeRepository.open(storage, base.secret),
  ]);
  const usedIdentityTokens = await UsedIdentityTokenRepository.open(storage);
  const [mentors, availability, favorites, mentorPhotos] = await Promise.all([
    MentorRepository.open(storage),
    AvailabilityRepository.open(storage),
    FavoriteRepository.open(storage),
    PhotoRepository.open(storage),
  ]);
  const [sessions, slotClaims, mentorships, relationships, sessionNotes] = await Promise.all([
    SessionRepository.open(storage),
    SlotClaimRepository.open(storage),
    MentorshipRepository.open(storage),
    RelationshipRepository.open(storage),
    SessionNotesRepository.open(storage),
  ]);
  const jobs = await JobQueue.open(storage, now);
  const [notificationPreferences, calendarFeeds, webhookEndpoints, webhookDeliveries, conversations, messages, notifications] =
    await Promise.all([
      NotificationPreferencesRepository.open(storage),
      CalendarFeedRepository.open(storage),
      WebhookEndpointRepository.open(storage, base.secret),
      WebhookDeliveryRepository.open(storage),
      ConversationRepository.open(storage),
      MessageRepository.open(storage),
      NotificationRepository.open(storage),
    ]);
  const services: Services = {
    ...base,
    now,
    background: new BackgroundTasks(base.logger),
    events: new DomainEvents(base.logger),
    communities,
    members,
    rateLimiter,
    authSessions,
    signInCodes,
    usedIdentityTokens,
    mentors,
    availability,
    favorites,
    mentorPhotos,
    directory: new MentorDirectory(),
    slotAnswers: new SlotAnswerCache(),
    sessions,
    slotClaims,
    mentorships,
    relationships,
    jobs,
    jobRunner: new JobRunner(jobs, now, base.logger),
    notificationPreferences,
    calendarFeeds,
    webhookEndpoints,
    webhookDeliveries,
    sessionNotes,
    conversations,
    messages,
    notifications,
    realtime: base.realtime ?? new SilentRealtime(),
    realtimeRules: new RealtimeChannelRules(),
  };
  // Subscribers of the domain events and job kinds, registered in one place: in-app notifications and
  // live publishing, cached slot answers, emails and reminders, webhooks.
  registerSubscribers(services);
  subscribeCacheInvalidation(services);
  registerNotifications(services);
  registerWebhooks(services);
  registerVideoRoomChannelRules(services.realtimeRules);
  return services;
}

/** Any session change moves both people's open time, so their cached slot answers are dropped. */
function subscribeCacheInvalidation(services: Services): void {
  services.events.on('slot answer cache', (event) => {
    if (!('session' in event)) return;
    services.slotAnswers.invalidate(event.community.id, event.session.mentorId);
    services.slotAnswers.invalidate(event.community.id, event.session.menteeId);
  });
}
