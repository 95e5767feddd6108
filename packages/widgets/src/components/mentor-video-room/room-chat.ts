import { conversationChannel, type Message, type SessionRoom } from '@mentorkit/core';
import type { MentorKitClient } from '@mentorkit/sdk';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { roomText } from '../../i18n/room-localize.js';
import type { RoomRealtime } from './room-realtime.js';

/**
 * In-session chat (SPEC T3): direct messages between the two participants tagged with the session, so
 * they stay with the session and are readable after it (`listMessages({ sessionId })`). New messages
 * arrive live on the conversation's channel.
 */
export class RoomChatController implements ReactiveController {
  messages: Message[] = [];
  failed = false;
  sending = false;
  private conversationId?: string;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  async open(client: MentorKitClient, realtime: RoomRealtime | undefined, room: SessionRoom): Promise<void> {
    try {
      const conversation = await client.openConversation({ memberId: room.other.id });
      this.conversationId = conversation.id;
      this.unsubscribe = realtime?.subscribe(conversationChannel(conversation.id), (event, data) => {
        const message = (data as { message?: Message })?.message;
        if (event === 'message.created' && message?.sessionId === room.sessionId) this.add([message]);
      });
      this.add((await client.listMessages({ conversationId: conversation.id, sessionId: room.sessionId, limit: 100 })).items);
    } catch {
      this.failed = true;
      this.host.requestUpdate();
    }
  }

  private add(messages: Message[]): void {
    const known = new Set(this.messages.map((m) => m.id));
    this.messages = [...this.messages, ...messages.filter((m) => !known.has(m.id))].sort((a, b) => a.seq - b.seq);
    this.host.requestUpdate();
  }

  async send(client: MentorKitClient, sessionId: string, text: string): Promise<boolean> {
    if (!this.conversationId || !text.trim()) return false;
    this.sending = true;
    this.host.requestUpdate();
    try {
      this.add([await client.sendMessage({ conversationId: this.conversationId, text, sessionId })]);
      return true;
    } catch {
      return false;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}

/** The chat panel: history (a log region, so new messages are read out) and the composer. */
export function renderChat(
  localize: LocalizeController,
  chat: RoomChatController,
  selfId: string,
  timeZone: string,
  onSend: (form: HTMLFormElement) => void,
): TemplateResult {
  if (chat.failed) return html`<p class="state error" role="alert">${roomText(localize, 'chatUnavailable')}</p>`;
  return html`<div class="chat" part="chat">
    <ol class="messages" part="messages" role="log" aria-live="polite" aria-label=${roomText(localize, 'chatTab')}>
      ${chat.messages.length === 0 ? html`<li class="muted">${roomText(localize, 'chatEmpty')}</li>` : nothing}
      ${chat.messages.map(
        (m) => html`<li class="message ${m.sender.id === selfId ? 'mine' : ''}" part="message">
          <span class="who">${m.sender.id === selfId ? roomText(localize, 'chatYou') : m.sender.name}</span>
          <time class="muted" datetime=${m.createdAt}>${localize.time(m.createdAt, timeZone)}</time>
          <p class="text">${m.text}</p>
        </li>`,
      )}
    </ol>
    <form class="composer" @submit=${(e: Event) => {
      e.preventDefault();
      onSend(e.target as HTMLFormElement);
    }}>
      <label class="visually-hidden" for="chat-input">${roomText(localize, 'chatLabel')}</label>
      <input id="chat-input" name="text" part="chat-input" autocomplete="off" maxlength="4000" placeholder=${roomText(localize, 'chatPlaceholder')} />
      <button class="button" part="chat-send" type="submit" ?disabled=${chat.sending}>${roomText(localize, 'chatSend')}</button>
    </form>
  </div>`;
}
