import type { MentorPage } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MentorBookingOpenEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { fillTemplate, safeHttpUrl } from '../../base/safe-url.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { formatRate, renderRating } from '../../shared/rating.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../mentor-booking-calendar/mentor-booking-calendar.js';
import { profileStyles } from './mentor-profile.styles.js';
import { renderAbout, renderNextSlots, renderReviews } from './profile-sections.js';

/**
 * @tagname mentor-profile
 * @summary A mentor's page: profile, rating, reviews, next open times and a Book button (SPEC M5).
 *
 * @fires mentor-booking-open - The member asked to book; `detail.mentorId`. Cancelable: `preventDefault()`
 *   keeps the built-in booking dialog closed (e.g. to route to your own booking page).
 * @fires mentor-session-create - From the booking dialog: a booking request was sent.
 *
 * @csspart base - The outer section.
 * @csspart header - Photo, name, headline, rate and rating.
 * @csspart photo - The photo (or initial).
 * @csspart book-button - The Book button (or link, with `booking-href`).
 * @csspart about - The bio section.
 * @csspart link - A profile link (LinkedIn, GitHub, X, website).
 * @csspart next-slots - The next open times.
 * @csspart slot-button - One open time.
 * @csspart reviews - The recent reviews.
 * @csspart rating - The rating summary.
 * @csspart dialog - The booking dialog.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Buttons, links and initials.
 * @cssprop --mentor-border - Dividers and dialog border.
 * @cssprop --mentor-radius - Corner radius.
 */
export class MentorProfile extends MentorElement {
  static override styles = [sharedStyles, profileStyles];

  /** The mentor to show. */
  @property({ attribute: 'mentor-id' }) mentorId = '';
  /** The viewer's IANA time zone for open times (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** Booking page template such as `/book.html?mentor={id}`; the Book button becomes a link to it. */
  @property({ attribute: 'booking-href' }) bookingHref?: string;

  @state() private bookingStart?: string;
  @state() private bookingOpen = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part="book-button"]') private bookButton?: HTMLElement;

  private readonly mentorPage = new Task(this, {
    args: () => [this.client, this.mentorId] as const,
    task: async ([client, mentorId], { signal }): Promise<MentorPage | typeof initialState> => {
      if (!client) throw new Error('not configured');
      if (!mentorId) return initialState;
      return client.getMentor({ mentorId }, { signal });
    },
  });

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  private async openBooking(mentor: MentorPage['mentor'], start?: string): Promise<void> {
    if (!this.emit(new MentorBookingOpenEvent({ mentorId: mentor.id, mentor }))) return;
    this.bookingStart = start;
    this.bookingOpen = true;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  private closeBooking(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    this.bookingOpen = false;
    this.bookButton?.focus();
  }

  private renderHeader(mentor: MentorPage['mentor']): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const photo = safeHttpUrl(mentor.photoUrl, this.config.apiBase);
    const headline = [mentor.jobTitle, mentor.company].filter(Boolean).join(' · ');
    const book = this.bookingHref
      ? html`<a class="button" part="book-button" href=${fillTemplate(this.bookingHref, { id: mentor.id })} aria-label=${t('bookWith', mentor.displayName)}>${t('book')}</a>`
      : html`<button class="button" part="book-button" type="button" aria-haspopup="dialog" aria-label=${t('bookWith', mentor.displayName)} @click=${() => this.openBooking(mentor)}>${t('book')}</button>`;
    return html`<header part="header">
      ${photo
        ? html`<img part="photo" class="photo" src=${photo} alt=${t('photoOf', mentor.displayName)} width="96" height="96" />`
        : html`<span part="photo" class="photo initials" aria-hidden="true">${mentor.displayName.trim().charAt(0).toUpperCase()}</span>`}
      <div class="who">
        <h2 id="name">${mentor.displayName}</h2>
        ${headline ? html`<p class="muted">${headline}</p>` : nothing}
        <p class="facts">
          <span>${formatRate(this.localize, mentor.hourlyRate, mentor.currency)}</span>
          ${renderRating(this.localize, mentor.rating)}
          <span>${t('completedSessions', mentor.completedSessions)}</span>
          ${mentor.yearsOfExperience !== undefined ? html`<span>${t('yearsExperience', mentor.yearsOfExperience)}</span>` : nothing}
        </p>
      </div>
      ${book}
    </header>`;
  }

  private renderPage(page: MentorPage): TemplateResult {
    const { mentor } = page;
    const t = this.localize.t.bind(this.localize);
    return html`<article part="base" aria-labelledby="name">
      ${this.renderHeader(mentor)}
      ${renderAbout(this.localize, mentor)}
      ${renderNextSlots(this.localize, page.nextOpenSlots, this.zone, (start) => this.openBooking(mentor, start))}
      ${renderReviews(this.localize, page.recentReviews, this.zone)}
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
        <div class="dialog-head">
          <h2 id="dialog-title">${t('bookWith', mentor.displayName)}</h2>
          <button class="button secondary" type="button" @click=${this.closeBooking}>${t('close')}</button>
        </div>
        ${this.bookingOpen
          ? html`<mentor-booking-calendar mentor-id=${mentor.id} time-zone=${this.zone} lang=${this.localize.locale} theme=${this.theme ?? nothing}
              .initialStart=${this.bookingStart}></mentor-booking-calendar>`
          : nothing}
      </dialog>
    </article>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    // Defect 7: without a mentor there is nothing to load — say so instead of "Loading…" forever.
    if (!this.mentorId) return renderError(this.localize, undefined, undefined, t('noMentorChosen'));
    if (this.mentorPage.status === TaskStatus.ERROR) {
      const error = this.mentorPage.error;
      const notFound = error instanceof MentorKitApiError && error.status === 404;
      return renderError(this.localize, error, notFound ? undefined : () => this.mentorPage.run(), notFound ? t('mentorNotFound') : undefined);
    }
    const page = this.mentorPage.value;
    return page && this.mentorPage.status === TaskStatus.COMPLETE ? this.renderPage(page) : renderLoading(this.localize);
  }
}
