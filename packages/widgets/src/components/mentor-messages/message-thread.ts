import { MESSAGE_MAX_LENGTH, type Conversation, type Message } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderEmpty } from '../../shared/states.js';
import { messagesStrings } from './messages.strings.js';
import { renderMessageText } from './message-text.js';

export interface ThreadContext {
  localize: LocalizeController;
  conversation: Conversation;
  messages: readonly Message[];
  viewerId?: string;
  timeZone: string;
  hasOlder: boolean;
  loadingOlder: boolean;
  draft: string;
  sending: boolean;
  sendError?: string;
  onBack(): void;
  onLoadOlder(): void;
  onDraft(value: string): void;
  onSend(): void;
}

function renderMessage(ctx: ThreadContext, m: Message, lastOwnId: string | undefined): TemplateResult {
  const s = ctx.localize.strings(messagesStrings);
  const mine = m.sender.id === ctx.viewerId;
  const time = ctx.localize.time(m.createdAt, ctx.timeZone);
  const seen = mine && m.id === lastOwnId && ctx.conversation.otherReadUpTo >= m.seq;
  return html`<li class="message ${mine ? 'mine' : 'theirs'}" part="message" data-seq=${m.seq}>
    <span class="visually-hidden">${mine ? s.youSaid : m.sender.name}:</span>
    <p class="text">${renderMessageText(m.text)}</p>
    <span class="meta muted"><time datetime=${m.createdAt} title=${ctx.localize.dateTime(m.createdAt, ctx.timeZone)}>${time}</time>${seen ? html` · ${s.seen}` : nothing}</span>
  </li>`;
}

/** One conversation: older-messages button, the messages (oldest first) and the composer. */
export function renderThread(ctx: ThreadContext): TemplateResult {
  const s = ctx.localize.strings(messagesStrings);
  const t = ctx.localize.t.bind(ctx.localize);
  const name = ctx.conversation.with.name;
  const lastOwnId = [...ctx.messages].reverse().find((m) => m.sender.id === ctx.viewerId)?.id;
  const left = MESSAGE_MAX_LENGTH - ctx.draft.length;
  const tooLong = left < 0;
  return html`<section class="thread" part="thread" aria-labelledby="thread-title">
    <header class="thread-head">
      <button class="button link back" part="back" type="button" @click=${ctx.onBack}>← ${s.allConversations}</button>
      <h3 id="thread-title" tabindex="-1">${name}</h3>
    </header>
    <div class="scroller" part="messages-scroller" tabindex="0" aria-label=${t('messagesWith', name)}>
      ${
        ctx.hasOlder
          ? html`<button class="button secondary older" part="load-earlier" type="button" ?disabled=${ctx.loadingOlder} @click=${ctx.onLoadOlder}>${ctx.loadingOlder ? t('loadingMore') : s.loadEarlier}</button>`
          : nothing
      }
      ${ctx.messages.length === 0 ? renderEmpty(s.noMessagesYet) : html`<ol class="messages" part="messages">${ctx.messages.map((m) => renderMessage(ctx, m, lastOwnId))}</ol>`}
    </div>
    <form class="composer" part="composer" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      ctx.onSend();
    }}>
      <label class="visually-hidden" for="composer-text">${s.messageFieldLabel(name)}</label>
      <textarea id="composer-text" name="text" rows="2" .value=${ctx.draft} placeholder=${s.messagePlaceholder}
        aria-describedby="composer-hint${ctx.sendError || tooLong ? ' composer-error' : ''}" aria-invalid=${tooLong ? 'true' : 'false'}
        @input=${(e: Event) => ctx.onDraft((e.target as HTMLTextAreaElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            ctx.onSend();
          }
        }}></textarea>
      <button class="button" part="send-button" type="submit" ?disabled=${ctx.sending || tooLong || ctx.draft.trim() === ''}>${ctx.sending ? t('sending') : s.send}</button>
      <p id="composer-hint" class="hint">${s.composerHint}${left < 200 ? html` ${s.charactersLeft(Math.max(0, left))}` : nothing}</p>
      ${ctx.sendError || tooLong ? html`<p id="composer-error" class="field-error" role="alert">${tooLong ? s.messageTooLong(MESSAGE_MAX_LENGTH) : ctx.sendError}</p>` : nothing}
    </form>
  </section>`;
}
