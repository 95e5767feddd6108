import type { Mentorship, RelationshipStats } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { relationshipsStrings } from './relationships.strings.js';

const statusKeys = {
  accepted: 'mentorshipActive',
  pending: 'mentorshipRequested',
  declined: 'mentorshipDeclined',
  ended: 'mentorshipEnded',
} as const;

/** Sessions, hours, last session and topics of one pair (SPEC R2). */
export function renderStats(localize: LocalizeController, stats: RelationshipStats, timeZone: string): TemplateResult {
  const t = localize.t.bind(localize);
  const s = localize.strings(relationshipsStrings);
  if (stats.completedSessions === 0) return html`<p class="muted" part="stats">${s.noSessionsYet}</p>`;
  return html`<div part="stats">
    <p>${t('relationshipStats', stats.completedSessions, localize.number(stats.totalHours))}</p>
    ${stats.lastSessionAt ? html`<p class="muted">${t('lastSession', localize.dateTime(stats.lastSessionAt, timeZone, { dateStyle: 'medium' }))}</p>` : nothing}
    ${stats.topics.length ? html`<p class="muted topics">${t('topicsCovered', stats.topics.join(', '))}</p>` : nothing}
  </div>`;
}

/** What one mentorship card needs. */
export interface ItemContext {
  localize: LocalizeController;
  viewAs: 'mentor' | 'mentee';
  timeZone: string;
  busyId?: string;
  confirmingEnd?: string;
  onRespond(m: Mentorship, decision: 'accept' | 'decline'): void;
  onAskEnd(m: Mentorship | undefined): void;
  onEnd(m: Mentorship): void;
  /** Opens the conversation with that person (`MessageLauncher`). */
  onMessage(person: { id: string; name: string }, opener: HTMLElement): void;
}

/**
 * "Message" for someone one may write to (the service allows any shared mentorship or session that was
 * not declined): the same button as on session cards and profiles.
 */
export function renderMessageButton(ctx: ItemContext, person: { id: string; name: string }): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  return html`<button class="button secondary" part="message-button" type="button" data-action="message" aria-label=${t('messageTo', person.name)}
    @click=${(e: Event) => ctx.onMessage(person, e.currentTarget as HTMLElement)}>${t('message')}</button>`;
}

/** One mentorship: the other person, status, the request message, stats and the actions that fit. */
export function renderMentorship(ctx: ItemContext, m: Mentorship): TemplateResult {
  const { localize, viewAs } = ctx;
  const t = localize.t.bind(localize);
  const s = localize.strings(relationshipsStrings);
  const other = viewAs === 'mentor' ? m.mentee : m.mentor;
  const busy = ctx.busyId === m.id;
  const canEnd = m.status === 'accepted' || (m.status === 'pending' && viewAs === 'mentee');
  const endLabel = m.status === 'pending' ? s.withdrawRequest : s.endMentorship;
  return html`<li class="item" part="mentorship" data-mentorship-id=${m.id} data-status=${m.status}>
    <h4 class="name">${other.name} <span class="badge" data-status=${m.status}>${t(statusKeys[m.status])}</span></h4>
    ${m.status === 'pending' ? html`<p class="muted">${s.requestedOn(localize.dateTime(m.createdAt, ctx.timeZone, { dateStyle: 'medium' }))}</p>` : nothing}
    ${m.message ? html`<blockquote class="message" part="message">${m.message}</blockquote>` : nothing}
    ${m.status === 'pending' ? nothing : renderStats(localize, m.stats, ctx.timeZone)}
    <div class="actions">
      ${
        m.status === 'pending' && viewAs === 'mentor'
          ? html`<button class="button" type="button" data-action="accept" ?disabled=${busy} @click=${() => ctx.onRespond(m, 'accept')}>${s.accept}</button>
            <button class="button secondary" type="button" data-action="decline" ?disabled=${busy} @click=${() => ctx.onRespond(m, 'decline')}>${s.decline}</button>`
          : nothing
      }
      ${m.status === 'declined' ? nothing : renderMessageButton(ctx, other)}
      ${
        canEnd && ctx.confirmingEnd !== m.id
          ? html`<button class="button secondary" type="button" data-action="end" ?disabled=${busy} @click=${() => ctx.onAskEnd(m)}>${endLabel}</button>`
          : nothing
      }
    </div>
    ${
      ctx.confirmingEnd === m.id
        ? html`<div class="confirm" role="group" aria-labelledby=${`end-q-${m.id}`}>
          <p id=${`end-q-${m.id}`}>${s.endConfirm(other.name)}</p>
          <button class="button danger" type="button" data-action="confirm-end" ?disabled=${busy} @click=${() => ctx.onEnd(m)}>${s.endYes}</button>
          <button class="button secondary" type="button" data-action="keep" @click=${() => ctx.onAskEnd(undefined)}>${s.keep}</button>
        </div>`
        : nothing
    }
  </li>`;
}
