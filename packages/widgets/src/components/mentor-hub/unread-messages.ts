import { realtimeEvents, type Conversation } from '@mentorkit/core';
import type { MentorKitClient } from '@mentorkit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RealtimeController } from '../../base/realtime-controller.js';

/**
 * The member's unread direct messages, for a badge: read from `listConversations`, then kept up to date
 * from live `message.created` / `conversation.read` events (each carries the conversation's count as the
 * service computes it), and re-read after a reconnect.
 */
export class UnreadMessagesController implements ReactiveController {
  private readonly perConversation = new Map<string, number>();
  private loadedFor?: string;
  /** Counts live updates, so a listing that was in flight meanwhile (and may predate them) is read again. */
  private changes = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly current: () => { client: MentorKitClient | undefined; memberId: string | undefined },
  ) {
    host.addController(this);
    new RealtimeController(host, current, {
      onEvent: (event, data) => {
        const memberId = this.current().memberId;
        if (event === realtimeEvents.messageCreated) {
          const { conversation } = data as { conversation?: Conversation };
          if (conversation) this.set(conversation.id, conversation.unreadCount);
        }
        if (event === realtimeEvents.conversationRead) {
          const read = data as { conversationId: string; memberId: string; unreadCount: number };
          if (read.memberId === memberId) this.set(read.conversationId, read.unreadCount);
        }
      },
      catchUp: () => void this.load(),
    });
  }

  /** Unread messages over every conversation. */
  get count(): number {
    let sum = 0;
    for (const n of this.perConversation.values()) sum += n;
    return sum;
  }

  hostUpdated(): void {
    const { memberId } = this.current();
    if (memberId !== this.loadedFor) {
      this.loadedFor = memberId;
      this.perConversation.clear();
      void this.load();
    }
  }

  private set(id: string, unread: number): void {
    this.perConversation.set(id, unread);
    this.changes++;
    this.host.requestUpdate();
  }

  private async load(): Promise<void> {
    const { client, memberId } = this.current();
    if (!client || !memberId) return;
    try {
      const changes = this.changes;
      const { items } = await client.listConversations();
      if (this.current().memberId !== memberId) return;
      if (this.changes !== changes) return void this.load();
      this.perConversation.clear();
      for (const c of items) this.perConversation.set(c.id, c.unreadCount);
      this.host.requestUpdate();
    } catch {
      // The badge stays as it was; the next event or reconnect corrects it.
    }
  }
}
