import type { Session } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { rescheduleStrings } from './reschedule.strings.js';

/** What the reschedule part of a session card needs from its list (SPEC S3). */
export interface RescheduleContext {
  localize: LocalizeController;
  viewerId?: string;
  now: Date;
  busyId?: string;
  /** The session whose proposal form is open, and its error. */
  rescheduleId?: string;
  rescheduleError?: string;
  onRescheduleOpen(session: Session | undefined): void;
  onPropose(session: Session, event: SubmitEvent): void;
  onAnswerReschedule(session: Session, decision: 'accept' | 'decline'): void;
}

/** The local `YYYY-MM-DDTHH:mm` of an instant in the browser's zone (for `<input type="datetime-local">`). */
export function localInputValue(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/**
 * An open proposal (the proposer waits; the other side accepts or keeps the time), or for a pending or
 * confirmed session that has not started, "Propose another time" with its form. The date-time field is
 * in the browser's zone, which the hint names.
 */
export function renderReschedule(ctx: RescheduleContext, session: Session): TemplateResult | typeof nothing {
  const { localize } = ctx;
  const s = localize.strings(rescheduleStrings);
  const zone = viewerTimeZone();
  const mine = session.mentor.id === ctx.viewerId || session.mentee.id === ctx.viewerId;
  if (!mine || (session.status !== 'pending' && session.status !== 'confirmed')) return nothing;
  const other = session.mentor.id === ctx.viewerId ? session.mentee.name : session.mentor.name;
  const proposal = session.reschedule;
  if (proposal) {
    const when = localize.dateTime(proposal.start, zone);
    if (proposal.proposedBy === ctx.viewerId) return html`<p class="proposal" part="reschedule-proposal">${s.youProposed(when, other)}</p>`;
    return html`<div class="proposal" part="reschedule-proposal" role="group" aria-label=${s.theyPropose(other, when)}>
      <p>${s.theyPropose(other, when)}${proposal.message ? html`<br /><q>${proposal.message}</q>` : nothing}</p>
      <div class="actions">
        <button class="button" type="button" data-action="accept-reschedule" ?disabled=${ctx.busyId === session.id}
          @click=${() => ctx.onAnswerReschedule(session, 'accept')}>${s.accept}</button>
        <button class="button secondary" type="button" data-action="decline-reschedule" ?disabled=${ctx.busyId === session.id}
          @click=${() => ctx.onAnswerReschedule(session, 'decline')}>${s.keep}</button>
      </div>
    </div>`;
  }
  if (new Date(session.start).getTime() <= ctx.now.getTime()) return nothing;
  if (ctx.rescheduleId !== session.id) {
    return html`<button class="button link" part="reschedule-button" type="button" data-action="reschedule" aria-label=${s.proposeFor(session.topic)}
      @click=${() => ctx.onRescheduleOpen(session)}>${s.propose}</button>`;
  }
  const id = `reschedule-${session.id}`;
  const error = ctx.rescheduleError;
  return html`<form class="inline-form" part="reschedule-form" novalidate @submit=${(e: SubmitEvent) => ctx.onPropose(session, e)}>
    <label for=${id}>${s.newTime} <span class="hint">${s.zoneHint(localize.zoneLabel(zone))}</span></label>
    <input id=${id} name="start" type="datetime-local" step="300" min=${localInputValue(ctx.now)} .value=${localInputValue(new Date(session.start))}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} />
    <label for=${`${id}-note`}>${s.note} <span class="hint">${s.optional}</span></label>
    <input id=${`${id}-note`} name="message" maxlength="500" />
    ${error ? html`<p class="field-error" id=${`${id}-error`} role="alert">${error}</p>` : nothing}
    <div class="actions">
      <button class="button" type="submit" ?disabled=${ctx.busyId === session.id}>${s.send}</button>
      <button class="button secondary" type="button" @click=${() => ctx.onRescheduleOpen(undefined)}>${s.cancel}</button>
    </div>
  </form>`;
}
