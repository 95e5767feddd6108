import type { Conversation } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderEmpty } from '../../shared/states.js';
import { messagesStrings } from './messages.strings.js';

export interface ConversationListContext {
  localize: LocalizeController;
  items: readonly Conversation[];
  activeId?: string;
  viewerId?: string;
  timeZone: string;
  onSelect(conversation: Conversation): void;
}

/** The conversations, most recent first, each with the other person, a preview and the unread badge. */
export function renderConversationList(ctx: ConversationListContext): TemplateResult {
  const s = ctx.localize.strings(messagesStrings);
  if (ctx.items.length === 0) return renderEmpty(s.noConversations);
  return html`<ul class="conversations" part="conversations" aria-label=${s.conversationsLabel}>
    ${ctx.items.map((c) => {
      const last = c.lastMessage;
      const preview = last ? `${last.sender.id === ctx.viewerId ? `${s.youSaid}: ` : ''}${last.text}` : s.noMessagesYet;
      return html`<li>
        <button type="button" class="conversation ${c.unreadCount ? 'unread' : ''}" part="conversation" data-conversation-id=${c.id}
          aria-current=${c.id === ctx.activeId ? 'true' : 'false'} @click=${() => ctx.onSelect(c)}>
          <span class="who">${c.with.name}</span>
          ${
            c.unreadCount
              ? html`<span class="badge" part="unread-badge"><span aria-hidden="true">${c.unreadCount}</span><span class="visually-hidden">${s.unreadCount(c.unreadCount)}</span></span>`
              : nothing
          }
          <span class="preview muted">${preview}</span>
          ${last ? html`<time class="muted" datetime=${last.createdAt}>${ctx.localize.dateTime(last.createdAt, ctx.timeZone, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })}</time>` : nothing}
        </button>
      </li>`;
    })}
  </ul>`;
}
