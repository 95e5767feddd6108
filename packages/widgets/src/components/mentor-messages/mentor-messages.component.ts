import { realtimeEvents, type Conversation, type Message } from '@mentorkit/core';
import { MentorKitApiError, type MentorKitClient } from '@mentorkit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MentorMessageSendEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { RealtimeController } from '../../base/realtime-controller.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { messagesStrings } from './messages.strings.js';
import { renderConversationList } from './conversation-list.js';
import { messagesStyles } from './mentor-messages.styles.js';
import { renderThread } from './message-thread.js';
import { caughtUpTo, mergeMessages, totalUnread, upsertConversation } from './thread-store.js';

interface LiveMessage {
  message: Message;
  conversation?: Conversation;
}
interface LiveRead {
  conversationId: string;
  memberId: string;
  readUpTo: number;
  unreadCount: number;
}

/**
 * @tagname mentor-messages
 * @summary Direct messages (SPEC T2): the member's conversations with last message and unread count, one
 * conversation's history (older pages on demand), a composer, live delivery and read state. Side by side
 * on wide screens, one pane at a time on narrow ones.
 *
 * @fires mentor-message-send - A message was sent; `detail.message`.
 *
 * @csspart base - The outer section.
 * @csspart conversations - The conversation list.
 * @csspart conversation - One conversation button.
 * @csspart unread-badge - A conversation's unread count.
 * @csspart thread - The open conversation.
 * @csspart back - "All conversations" (narrow screens).
 * @csspart messages-scroller - The scrolling message area.
 * @csspart messages - The list of messages.
 * @csspart message - One message.
 * @csspart load-earlier - "Load earlier messages".
 * @csspart composer - The message form.
 * @csspart send-button - The Send button.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Own messages, buttons and badges.
 * @cssprop --mentor-surface - The other person's messages and the list.
 * @cssprop --mentor-border - Borders.
 * @cssprop --mentor-radius - Corner radius.
 */
export class MentorMessages extends MentorElement {
  static override styles = [sharedStyles, messagesStyles];

  /** Opens (creating on first use) the conversation with this member. */
  @property({ attribute: 'member-id' }) memberId = '';
  /** Opens this conversation (read with `getConversation`, so it opens even when it is not in the list yet). */
  @property({ attribute: 'conversation-id' }) conversationId = '';
  /** The viewer's IANA zone for message times (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private conversations: Conversation[] = [];
  @state() private activeId?: string;
  @state() private thread: Message[] = [];
  @state() private olderCursor: number | null = null;
  @state() private threadStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private threadError?: unknown;
  @state() private loadingOlder = false;
  @state() private draft = '';
  @state() private sending = false;
  @state() private sendError?: string;
  @state() private announcement = '';
  @state() private openError?: string;

  /** This element's own strings in the current language. */
  private get s() {
    return this.localize.strings(messagesStrings);
  }

  private readonly list = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id, this.memberId, this.conversationId] as const,
    task: async ([client, viewerId, memberId, conversationId], { signal }): Promise<boolean> => {
      if (!client) throw new Error('not configured');
      if (!viewerId) return false;
      this.openError = undefined;
      const [{ items }, asked] = await Promise.all([
        client.listConversations(undefined, { signal }),
        conversationId ? this.fetchConversation(client, conversationId, signal) : undefined,
      ]);
      this.conversations = asked ? upsertConversation(items, asked, false) : items;
      let open = asked;
      if (memberId) {
        try {
          open = await client.openConversation({ memberId }, { signal });
          this.conversations = upsertConversation(this.conversations, open, false);
        } catch (error) {
          if (error instanceof MentorKitApiError && error.code === 'NOT_CONNECTED') this.openError = this.s.notConnected;
          else throw error;
        }
      }
      if (open) void this.select(open, false);
      else if (conversationId || memberId) this.activeId = undefined; // what was open is not what is asked for now
      return true;
    },
  });

  /**
   * The conversation of `conversation-id`, read directly: one that began after the list was read (a
   * notification's) opens too. Not the viewer's, or gone: said in place of the thread.
   */
  private async fetchConversation(client: MentorKitClient, conversationId: string, signal: AbortSignal): Promise<Conversation | undefined> {
    try {
      return await client.getConversation({ conversationId }, { signal });
    } catch (error) {
      if (error instanceof MentorKitApiError && [400, 403, 404].includes(error.status)) {
        this.openError = this.s.conversationNotFound;
        return undefined;
      }
      throw error;
    }
  }

  protected readonly live = new RealtimeController(this, () => ({ client: this.client, memberId: this.auth.user?.member.id }), {
    onEvent: (event, data) => {
      if (event === realtimeEvents.messageCreated) this.received(data as LiveMessage);
      if (event === realtimeEvents.conversationRead) this.readElsewhere(data as LiveRead);
    },
    catchUp: () => void this.catchUp(),
  });

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  private get viewerId(): string | undefined {
    return this.auth.user?.member.id;
  }

  private get active(): Conversation | undefined {
    return this.conversations.find((c) => c.id === this.activeId);
  }

  /** Total unread over every conversation (what a badge outside shows). */
  get unreadCount(): number {
    return totalUnread(this.conversations);
  }

  private async select(conversation: Conversation, focus = true): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.activeId = conversation.id;
    this.thread = [];
    this.olderCursor = null;
    this.threadStatus = 'loading';
    this.sendError = undefined;
    try {
      const page = await client.listMessages({ conversationId: conversation.id, limit: 30 });
      if (this.activeId !== conversation.id) return;
      this.thread = page.items;
      this.olderCursor = page.nextCursor;
      this.threadStatus = 'ready';
      await this.markRead();
    } catch (error) {
      this.threadError = error;
      this.threadStatus = 'error';
    }
    await this.updateComplete;
    this.scrollToEnd();
    if (focus) this.shadowRoot?.querySelector<HTMLElement>('#thread-title')?.focus();
  }

  /** Marks the open conversation read up to its newest message, when the viewer can see it. */
  private async markRead(): Promise<void> {
    const client = this.client;
    const active = this.active;
    const newest = this.thread.at(-1)?.seq ?? 0;
    if (!client || !active || newest <= active.readUpTo || document.visibilityState === 'hidden') return;
    try {
      const updated = await client.markConversationRead({ conversationId: active.id, upTo: newest });
      this.conversations = upsertConversation(this.conversations, updated, false);
    } catch {
      // The read position is settled again on the next message or reconnect.
    }
  }

  private async loadOlder(): Promise<void> {
    const client = this.client;
    const active = this.active;
    if (!client || !active || this.olderCursor === null) return;
    this.loadingOlder = true;
    try {
      const page = await client.listMessages({ conversationId: active.id, before: this.olderCursor, limit: 30 });
      this.thread = mergeMessages(this.thread, page.items);
      this.olderCursor = page.nextCursor;
    } catch (error) {
      this.sendError = errorMessage(this.localize, error);
    } finally {
      this.loadingOlder = false;
    }
  }

  private async send(): Promise<void> {
    const client = this.client;
    const active = this.active;
    const text = this.draft.trim();
    if (!client || !active || !text || this.sending) return;
    this.sending = true;
    this.sendError = undefined;
    try {
      const message = await client.sendMessage({ conversationId: active.id, text });
      this.thread = mergeMessages(this.thread, [message]);
      this.conversations = upsertConversation(
        this.conversations,
        { ...active, lastMessage: message, readUpTo: Math.max(active.readUpTo, message.seq), updatedAt: message.createdAt },
        true,
      );
      this.draft = '';
      this.emit(new MentorMessageSendEvent({ message }));
      await this.updateComplete;
      this.scrollToEnd();
    } catch (error) {
      this.sendError =
        error instanceof MentorKitApiError && error.code === 'NOT_CONNECTED'
          ? this.s.notConnected
          : `${this.s.messageFailed} ${errorMessage(this.localize, error)}`;
    } finally {
      this.sending = false;
    }
  }

  /** A message arrived live (from the other member, or from this member in another tab). */
  private received({ message, conversation }: LiveMessage): void {
    if (!conversation) return;
    this.conversations = upsertConversation(this.conversations, conversation, true);
    const fromOther = message.sender.id !== this.viewerId;
    if (fromOther) this.announcement = this.s.newMessageFrom(message.sender.name, message.text.slice(0, 140));
    if (conversation.id !== this.activeId || this.threadStatus !== 'ready') return;
    const atEnd = this.isScrolledToEnd();
    this.thread = mergeMessages(this.thread, [message]);
    void this.updateComplete.then(() => atEnd && this.scrollToEnd());
    if (fromOther) void this.markRead();
  }

  /** Read state changed: this member read in another tab, or the other member read (for "Seen"). */
  private readElsewhere(read: LiveRead): void {
    const conversation = this.conversations.find((c) => c.id === read.conversationId);
    if (!conversation) return;
    const updated =
      read.memberId === this.viewerId
        ? { ...conversation, readUpTo: Math.max(conversation.readUpTo, read.readUpTo), unreadCount: read.unreadCount }
        : { ...conversation, otherReadUpTo: Math.max(conversation.otherReadUpTo, read.readUpTo) };
    this.conversations = upsertConversation(this.conversations, updated, false);
  }

  /** After a reconnect: fresh list and unread counts, and the open thread's missed messages. */
  private async catchUp(): Promise<void> {
    const client = this.client;
    if (!client || !this.viewerId) return;
    try {
      this.conversations = (await client.listConversations()).items;
      const active = this.active;
      if (!active || this.threadStatus !== 'ready') return;
      let since = caughtUpTo(this.thread);
      for (;;) {
        const page = await client.listMessages({ conversationId: active.id, since, limit: 100 });
        this.thread = mergeMessages(this.thread, page.items);
        if (page.items.length < 100) break;
        since = page.items.at(-1)!.seq;
      }
      await this.markRead();
    } catch {
      // Still offline: the next reconnect tries again.
    }
  }

  private isScrolledToEnd(): boolean {
    const scroller = this.shadowRoot?.querySelector<HTMLElement>('.scroller');
    return !scroller || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48;
  }

  private scrollToEnd(): void {
    const scroller = this.shadowRoot?.querySelector<HTMLElement>('.scroller');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }

  private async back(): Promise<void> {
    const id = this.activeId;
    this.activeId = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-conversation-id="${id}"]`)?.focus();
  }

  private renderThreadPane(): TemplateResult {
    const active = this.active;
    if (!active)
      return html`<p class="muted choose" role=${this.openError ? 'alert' : nothing}>${this.openError ?? this.s.chooseConversation}</p>`;
    if (this.threadStatus === 'error') return renderError(this.localize, this.threadError, () => void this.select(active));
    if (this.threadStatus !== 'ready') return renderLoading(this.localize);
    return renderThread({
      localize: this.localize,
      conversation: active,
      messages: this.thread,
      viewerId: this.viewerId,
      timeZone: this.zone,
      hasOlder: this.olderCursor !== null,
      loadingOlder: this.loadingOlder,
      draft: this.draft,
      sending: this.sending,
      sendError: this.sendError,
      onBack: () => void this.back(),
      onLoadOlder: () => void this.loadOlder(),
      onDraft: (value) => (this.draft = value),
      onSend: () => void this.send(),
    });
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    if (this.auth.user === undefined) return renderLoading(this.localize);
    if (this.auth.user === null) {
      // Loaded only when needed: a signed-in member's first load does not carry the sign-in form.
      void import('../mentor-sign-in/mentor-sign-in.js');
      return html`<p>${t('errorSignInRequired')}</p><mentor-sign-in lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    }
    if (this.list.status === TaskStatus.ERROR) return renderError(this.localize, this.list.error, () => this.list.run());
    if (this.list.status !== TaskStatus.COMPLETE) return renderLoading(this.localize);
    return html`<section part="base" class="layout" aria-label=${this.s.messagesLabel} data-view=${this.activeId ? 'thread' : 'list'}>
      <nav class="list-pane" aria-label=${this.s.conversationsLabel}>
        ${renderConversationList({
          localize: this.localize,
          items: this.conversations,
          activeId: this.activeId,
          viewerId: this.viewerId,
          timeZone: this.zone,
          onSelect: (c) => void this.select(c),
        })}
      </nav>
      <div class="thread-pane">${this.renderThreadPane()}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}
