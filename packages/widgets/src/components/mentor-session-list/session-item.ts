import type { Session, SessionAction } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../../base/safe-url.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { allowedActions, partyName, platformName, sessionCost, sessionTimeRange, statusLabel, viewerSide } from './session-format.js';
import { feedbackStrings } from './feedback.strings.js';
import { renderReschedule, type RescheduleContext } from './session-reschedule.js';

/** What one session row needs from its list. */
export interface SessionItemContext extends RescheduleContext {
  localize: LocalizeController;
  viewerId?: string;
  timeZone: string;
  now: Date;
  /** The session whose action is running. */
  busyId?: string;
  /** The session whose meeting-link form is open, and its error. */
  editingLinkId?: string;
  linkError?: string;
  /** A rating error, for one session. */
  rateError?: { id: string; message: string };
  /** The session whose mentor-feedback form is open, and its error. */
  feedbackId?: string;
  feedbackError?: string;
  onFeedbackOpen(session: Session | undefined): void;
  onFeedback(session: Session, event: SubmitEvent): void;
  /** A field changed in a session's form: clears that form's stale error (defect 9). */
  onFormInput(session: Session): void;
  onAction(session: Session, action: SessionAction, opener: HTMLElement): void;
  onEditLink(session: Session | undefined): void;
  onSaveLink(session: Session, event: SubmitEvent): void;
  onRate(session: Session, event: SubmitEvent): void;
  onJoin(session: Session): void;
  /** Opens the conversation with the other participant. */
  onMessage(session: Session, opener: HTMLElement): void;
  /** The session whose shared notes are open under its card. */
  notesOpenId?: string;
  onToggleNotes(session: Session): void;
}

const actionKeys = {
  confirm: 'confirmSession',
  decline: 'declineSession',
  cancel: 'cancelSession',
  complete: 'completeSession',
  no_show: 'noShowSession',
} as const;

function renderJoin(ctx: SessionItemContext, session: Session): TemplateResult | typeof nothing {
  if (session.status !== 'confirmed') return nothing;
  const { localize } = ctx;
  const t = localize.t.bind(localize);
  const url = safeHttpUrl(session.meeting?.url);
  const label = t('joinWith', session.meeting ? platformName(localize, session.meeting.platform) : t('builtInRoom'));
  const opens = html`<span class="hint" id=${`join-hint-${session.id}`}>${t('joinOpensAt', localize.dateTime(session.joinOpensAt, ctx.timeZone))}</span>`;
  if (!session.joinable) {
    return html`<span class="join"><button class="button" part="join-button" type="button" disabled aria-describedby=${`join-hint-${session.id}`}>${t('join')}</button>${opens}</span>`;
  }
  if (url) {
    return html`<a class="button" part="join-button" href=${url} target="_blank" rel="noopener noreferrer" aria-label=${label}>${t('join')}</a>`;
  }
  return html`<button class="button" part="join-button" type="button" aria-label=${label} @click=${() => ctx.onJoin(session)}>${t('join')}</button>`;
}

/** The shared notes (SPEC T4) are reachable from the card too, loaded only when opened. */
function renderNotesToggle(ctx: SessionItemContext, session: Session): TemplateResult | typeof nothing {
  if (session.status !== 'confirmed' && session.status !== 'completed') return nothing;
  const open = ctx.notesOpenId === session.id;
  return html`<button class="button secondary" part="notes-button" type="button" aria-expanded=${String(open)} aria-controls=${`notes-${session.id}`}
    @click=${() => ctx.onToggleNotes(session)}>${ctx.localize.t('sessionNotes')}</button>`;
}

function renderMeetingLink(ctx: SessionItemContext, session: Session, isMentor: boolean): TemplateResult | typeof nothing {
  if (session.status !== 'confirmed') return nothing;
  const t = ctx.localize.t.bind(ctx.localize);
  const s = ctx.localize.strings(feedbackStrings);
  const url = safeHttpUrl(session.meeting?.url);
  // The link is named by its platform ("Zoom meeting"), never shown raw: it may carry a password.
  const shown =
    url && session.meeting
      ? html`<p class="meeting" part="meeting-link"><a href=${url} target="_blank" rel="noopener noreferrer">${s.meetingOn(platformName(ctx.localize, session.meeting.platform))}</a></p>`
      : nothing;
  if (!isMentor) return shown;
  if (ctx.editingLinkId !== session.id) {
    return html`${shown}<button class="button link" type="button" @click=${() => ctx.onEditLink(session)}>${session.meeting ? t('changeMeetingLink') : t('setMeetingLink')}</button>`;
  }
  const id = `link-${session.id}`;
  return html`${shown}<form class="inline-form" part="link-form" @submit=${(e: SubmitEvent) => ctx.onSaveLink(session, e)} novalidate>
    <label for=${id}>${t('meetingLinkLabel')}</label>
    <input id=${id} name="url" type="url" inputmode="url" .value=${session.meeting?.url ?? ''} placeholder="https://"
      aria-invalid=${ctx.linkError ? 'true' : 'false'} aria-describedby=${ctx.linkError ? `${id}-error` : nothing} />
    ${ctx.linkError ? html`<p class="field-error" id=${`${id}-error`} role="alert">${ctx.linkError}</p>` : nothing}
    <div class="actions">
      <button class="button" type="submit" ?disabled=${ctx.busyId === session.id}>${t('saveMeetingLink')}</button>
      <button class="button secondary" type="button" @click=${() => ctx.onEditLink(undefined)}>${t('close')}</button>
    </div>
  </form>`;
}

function renderRating(ctx: SessionItemContext, session: Session, isMentee: boolean): TemplateResult | typeof nothing {
  const t = ctx.localize.t.bind(ctx.localize);
  if (session.rating) {
    return html`<p class="rating" part="rating">${isMentee ? t('yourRating', session.rating.rating) : t('menteeRating', session.rating.rating)}
      <span aria-hidden="true">${'★'.repeat(session.rating.rating)}</span></p>
      ${session.rating.review ? html`<blockquote class="review">${session.rating.review}</blockquote>` : nothing}`;
  }
  if (!isMentee || session.status !== 'completed') return nothing;
  const error = ctx.rateError?.id === session.id ? ctx.rateError.message : undefined;
  const id = `rate-${session.id}`;
  return html`<form class="inline-form" part="rating-form" @submit=${(e: SubmitEvent) => ctx.onRate(session, e)} @change=${() => ctx.onFormInput(session)} novalidate>
    <fieldset aria-describedby=${error ? `${id}-error` : nothing}>
      <legend>${t('rateHeading')}</legend>
      <div class="stars">
        ${[1, 2, 3, 4, 5].map(
          (n) =>
            html`<label class="star"><input type="radio" name="rating" value=${n} /><span aria-hidden="true">★</span><span class="visually-hidden">${t('starOption', n)}</span><span aria-hidden="true" class="star-count">${n}</span></label>`,
        )}
      </div>
    </fieldset>
    <label for=${`${id}-review`}>${t('reviewLabel')}</label>
    <textarea id=${`${id}-review`} name="review" rows="2" maxlength="2000"></textarea>
    ${error ? html`<p class="field-error" id=${`${id}-error`} role="alert">${error}</p>` : nothing}
    <button class="button" type="submit" ?disabled=${ctx.busyId === session.id}>${t('submitRating')}</button>
  </form>`;
}

/** The mentor's feedback on a completed session (SPEC S6): the mentor writes it once, the mentee reads it. */
function renderMentorFeedback(
  ctx: SessionItemContext,
  session: Session,
  side: 'mentor' | 'mentee' | undefined,
): TemplateResult | typeof nothing {
  const t = ctx.localize.t.bind(ctx.localize);
  const s = ctx.localize.strings(feedbackStrings);
  if (session.mentorFeedback) {
    return html`<div class="feedback" part="mentor-feedback">
      <p class="feedback-title">${side === 'mentor' ? s.yourFeedback : s.feedbackFromMentor}</p>
      <blockquote class="review">${session.mentorFeedback}</blockquote>
    </div>`;
  }
  if (side !== 'mentor' || session.status !== 'completed') return nothing;
  if (ctx.feedbackId !== session.id) {
    return html`<button class="button secondary" part="feedback-button" type="button" data-action="feedback" @click=${() => ctx.onFeedbackOpen(session)}>${s.leaveFeedback}</button>`;
  }
  const id = `feedback-${session.id}`;
  return html`<form class="inline-form" part="feedback-form" @submit=${(e: SubmitEvent) => ctx.onFeedback(session, e)} @input=${() => ctx.onFormInput(session)} novalidate>
    <label for=${id}>${s.feedbackLabel(session.mentee.name)}</label>
    <p class="hint" id=${`${id}-hint`}>${s.feedbackHint}</p>
    <textarea id=${id} name="feedback" rows="3" maxlength="2000" aria-invalid=${ctx.feedbackError ? 'true' : 'false'}
      aria-describedby=${ctx.feedbackError ? `${id}-hint ${id}-error` : `${id}-hint`}></textarea>
    ${ctx.feedbackError ? html`<p class="field-error" id=${`${id}-error`} role="alert">${ctx.feedbackError}</p>` : nothing}
    <div class="actions">
      <button class="button" type="submit" ?disabled=${ctx.busyId === session.id}>${s.feedbackSend}</button>
      <button class="button secondary" type="button" @click=${() => ctx.onFeedbackOpen(undefined)}>${t('close')}</button>
    </div>
  </form>`;
}

/** Who cancelled or declined, and why (SPEC S2: visible to both sides). */
function renderEnding(ctx: SessionItemContext, session: Session): TemplateResult | typeof nothing {
  const t = ctx.localize.t.bind(ctx.localize);
  if (session.status === 'cancelled' && session.cancellation) {
    const by = partyName(ctx.localize, session, session.cancellation.by, ctx.viewerId);
    return html`<p class="ending" part="cancellation">${t('cancelledBy', by)}${session.cancellation.reason ? html`<br />${t('reasonText', session.cancellation.reason)}` : nothing}</p>`;
  }
  if (session.status === 'declined') {
    const entry = [...session.history].reverse().find((h) => h.status === 'declined');
    if (!entry) return nothing;
    const by = partyName(ctx.localize, session, entry.by, ctx.viewerId);
    return html`<p class="ending" part="cancellation">${t('declinedBy', by)}${entry.reason ? html`<br />${t('reasonText', entry.reason)}` : nothing}</p>`;
  }
  return nothing;
}

/**
 * Who the session is with. Employer invitations (S8: `interview`, `project`) name their kind — the
 * inviting employer sits in the session's mentor seat, but is not anyone's mentor (defect 11).
 */
function withWhom(ctx: SessionItemContext, session: Session, side: 'mentor' | 'mentee' | undefined): string {
  const t = ctx.localize.t.bind(ctx.localize);
  const s = ctx.localize.strings(feedbackStrings);
  const other = side === 'mentor' ? session.mentee.name : session.mentor.name;
  if (session.kind === 'interview') return s.kindInterview(other);
  if (session.kind === 'project') return s.kindProject(other);
  return side !== 'mentor' ? t('sessionWithMentor', session.mentor.name) : t('sessionWithMentee', session.mentee.name);
}

/** One session: topic, status badge, time in the viewer's zone, the other party, cost, and what the viewer can do. */
export function renderSessionItem(ctx: SessionItemContext, session: Session): TemplateResult {
  const { localize } = ctx;
  const t = localize.t.bind(localize);
  const side = viewerSide(session, ctx.viewerId);
  const actions = allowedActions(session, side, ctx.now);
  const status = statusLabel(localize, session.status);
  const titleId = `title-${session.id}`;
  return html`<li class="session" part="session">
    <article aria-labelledby=${titleId} tabindex="-1" data-session-id=${session.id}>
      <header class="session-head">
        <h3 id=${titleId} class="topic">${session.topic}</h3>
        <span class="badges">
          ${
            session.kind !== 'mentorship'
              ? html`<span class="badge kind" part="kind-badge">${session.kind === 'interview' ? ctx.localize.strings(feedbackStrings).kindBadgeInterview : ctx.localize.strings(feedbackStrings).kindBadgeProject}</span>`
              : nothing
          }
          <span class="badge status-${session.status}" part="status-badge">
            <span class="visually-hidden">${t('sessionStatusLabel', status)}</span><span aria-hidden="true">${status}</span>
          </span>
        </span>
      </header>
      <p class="when" part="time">${sessionTimeRange(localize, session, ctx.timeZone)}</p>
      <p class="people muted">
        ${withWhom(ctx, session, side)}
        · ${t('minutes', session.durationMinutes)} · ${sessionCost(localize, session)}
      </p>
      ${session.description ? html`<p class="description">${session.description}</p>` : nothing}
      ${renderEnding(ctx, session)}
      ${renderReschedule(ctx, session)}
      ${renderMeetingLink(ctx, session, side === 'mentor')}
      ${renderRating(ctx, session, side === 'mentee')}
      ${renderMentorFeedback(ctx, session, side)}
      <div class="actions" part="actions" role="group" aria-label=${t('sessionActions', session.topic)}>
        ${renderJoin(ctx, session)}
        ${renderNotesToggle(ctx, session)}
        ${actions.map(
          (
            action,
          ) => html`<button class="button ${action === 'confirm' ? '' : 'secondary'} ${action === 'cancel' || action === 'decline' ? 'danger-outline' : ''}"
            part="action-button" type="button" data-action=${action} ?disabled=${ctx.busyId === session.id}
            @click=${(e: Event) => ctx.onAction(session, action, e.currentTarget as HTMLElement)}>${t(actionKeys[action])}</button>`,
        )}
        ${
          side && session.status !== 'declined'
            ? html`<button class="button secondary" part="message-button" type="button" data-action="message"
              aria-label=${t('messageTo', side === 'mentor' ? session.mentee.name : session.mentor.name)}
              @click=${(e: Event) => ctx.onMessage(session, e.currentTarget as HTMLElement)}>${t('message')}</button>`
            : nothing
        }
      </div>
      ${
        ctx.notesOpenId === session.id
          ? html`<div id=${`notes-${session.id}`} class="notes" part="notes"><mentor-session-notes session-id=${session.id} lang=${ctx.localize.locale}></mentor-session-notes></div>`
          : nothing
      }
    </article>
  </li>`;
}
