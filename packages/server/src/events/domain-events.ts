import type { CommunityRecord } from '../repositories/community-repository.js';
import type { ConversationRecord } from '../repositories/conversation-repository.js';
import type { MessageRecord } from '../repositories/message-repository.js';
import type { NotificationRecord } from '../repositories/notification-repository.js';
import type { MentorProfileRecord } from '../repositories/mentor-repository.js';
import type { MentorshipRecord } from '../repositories/mentorship-repository.js';
import type { SessionRecord } from '../repositories/session-repository.js';
import type { Logger } from '../logger.js';

/** What happened to a session. `meeting_changed` is a new or changed external meeting link. */
export type SessionEventType =
  | 'session.requested'
  | 'session.confirmed'
  | 'session.declined'
  | 'session.cancelled'
  | 'session.completed'
  | 'session.no_show'
  | 'session.meeting_changed'
  | 'session.rescheduled'
  | 'session.reschedule_proposed'
  | 'session.reschedule_declined';

export type MentorshipEventType = 'mentorship.requested' | 'mentorship.accepted' | 'mentorship.declined' | 'mentorship.ended';

/**
 * Facts the services announce after they changed stored state. Notifications, real-time publishing,
 * emails and webhooks each subscribe here, so a service states once what happened and never knows who
 * listens (DESIGN.md: "a job is inserted in the same operation that causes it").
 * `actorId` is the member who caused it (absent for the secret key or the system).
 */
export type DomainEvent =
  | { type: SessionEventType; community: CommunityRecord; session: SessionRecord; previous?: SessionRecord; actorId?: string; at: Date }
  | { type: MentorshipEventType; community: CommunityRecord; mentorship: MentorshipRecord; actorId?: string; at: Date }
  | { type: 'mentor.applied' | 'mentor.approved'; community: CommunityRecord; profile: MentorProfileRecord; actorId?: string; at: Date }
  | { type: 'member.imported'; community: CommunityRecord; created: number; updated: number; total: number; at: Date }
  | {
      type: 'message.sent';
      community: CommunityRecord;
      conversation: ConversationRecord;
      message: MessageRecord;
      actorId: string;
      at: Date;
    }
  | { type: 'conversation.read'; community: CommunityRecord; conversation: ConversationRecord; actorId: string; readUpTo: number; at: Date }
  | { type: 'notification.created'; community: CommunityRecord; notification: NotificationRecord; at: Date }
  | { type: 'notifications.read'; community: CommunityRecord; memberId: string; ids: string[] | 'all'; unreadCount: number; at: Date };

export type DomainEventHandler = (event: DomainEvent) => Promise<void> | void;

/**
 * An in-process bus. `emit` awaits every handler in order before the operation answers, so work a
 * handler records (a notification, a job row) exists when the caller gets its response. A handler that
 * fails is logged and does not undo or fail the change that already happened.
 */
export class DomainEvents {
  private readonly handlers: { name: string; handle: DomainEventHandler }[] = [];

  constructor(private readonly logger: Logger) {}

  /** Registers a subscriber; `name` appears in logs when it fails. Returns a function that removes it. */
  on(name: string, handle: DomainEventHandler): () => void {
    const entry = { name, handle };
    this.handlers.push(entry);
    return () => {
      const index = this.handlers.indexOf(entry);
      if (index >= 0) this.handlers.splice(index, 1);
    };
  }

  async emit(event: DomainEvent): Promise<void> {
    for (const { name, handle } of this.handlers) {
      try {
        await handle(event);
      } catch (error) {
        this.logger.error({ err: error, handler: name, event: event.type }, 'domain event handler failed');
      }
    }
  }
}
