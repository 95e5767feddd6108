import { realtimeEvents, type MentorPage } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MentorBookingOpenEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { MessageLauncher } from '../../base/message-launcher.js';
import { RealtimeController } from '../../base/realtime-controller.js';
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
 * @fires mentor-message-open - The Message button was pressed (shown when the viewer shares a mentorship or a
 *   session with this mentor). Cancelable: `preventDefault()` keeps the built-in messages dialog closed.
 *
 * @csspart base - The outer section.
 * @csspart header - Photo, name, headline, rate and rating.
 * @csspart photo - The photo (or initial).
 * @csspart book-button - The Book button (or link, with `booking-href`).
 * @csspart message-button - The Message button.
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
      this.fresh = undefined;
      return client.getMentor({ mentorId }, { signal });
    },
  });

  /** The page as re-read after a live change (open slots move when the viewer books elsewhere). */
  @state() private fresh?: MentorPage;

  /** Whether the viewer shares a mentorship or a session with this mentor (then "Message" is offered). */
  private readonly related = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id, this.mentorId] as const,
    task: async ([client, viewerId, mentorId], { signal }): Promise<boolean> => {
      if (!client || !viewerId || !mentorId || viewerId === mentorId) return false;
      const mentorships = await client.listMyMentorships({ role: 'mentee' }, { signal });
      if (mentorships.items.some((m) => m.mentor.id === mentorId && m.status !== 'declined')) return true;
      const sessions = await client.listMySessions({ role: 'mentee', time: 'all', limit: 100 }, { signal });
      return sessions.items.some((x) => x.mentor.id === mentorId && x.status !== 'declined');
    },
  });

  private readonly messages = new MessageLauncher(this, () => this.localize);

  /**
   * Live: the viewer's own session changes (a booking from another tab, a cancellation) free or take
   * slots, so the page is re-read quietly; also after a reconnect. Other members' bookings of this mentor
   * are not on the viewer's channel: they show on the next load, and booking re-checks the slot anyway.
   */
  protected readonly live = new RealtimeController(this, () => ({ client: this.client, memberId: this.auth.user?.member.id }), {
    onEvent: (event) => {
      if (event === realtimeEvents.sessionUpdated || event === realtimeEvents.mentorshipUpdated) void this.reloadQuietly();
    },
    onReconnect: () => void this.reloadQuietly(),
  });

  private async reloadQuietly(): Promise<void> {
    const client = this.client;
    const mentorId = this.mentorId;
    if (!client || !mentorId || this.mentorPage.status !== TaskStatus.COMPLETE) return;
    try {
      const page = await client.getMentor({ mentorId });
      if (mentorId === this.mentorId) this.fresh = page;
      void this.related.run();
    } catch {
      // Keep what is shown.
    }
  }

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
      <div class="header-actions">
        ${book}
        ${this.related.value
          ? html`<button class="button secondary" part="message-button" type="button" aria-label=${t('messageTo', mentor.displayName)}
              @click=${(e: Event) => void this.messages.open(mentor.id, mentor.displayName, e.currentTarget as HTMLElement)}>${t('message')}</button>`
          : nothing}
      </div>
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
      ${this.messages.render()}
    </article>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    if (this.mentorPage.status === TaskStatus.ERROR) {
      const error = this.mentorPage.error;
      const notFound = error instanceof MentorKitApiError && error.status === 404;
      return renderError(this.localize, error, notFound ? undefined : () => this.mentorPage.run(), notFound ? t('mentorNotFound') : undefined);
    }
    const loaded = this.mentorPage.value;
    const page = this.fresh?.mentor.id === this.mentorId ? this.fresh : loaded;
    return page && this.mentorPage.status === TaskStatus.COMPLETE ? this.renderPage(page) : renderLoading(this.localize);
  }
}
