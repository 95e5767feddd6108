import { realtimeEvents, type MentorPage, type Mentorship } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MentorBookingOpenEvent, MentorFavoriteChangeEvent } from '../../base/events.js';
import { MentorMentorshipUpdateEvent } from '../../base/member-events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { MessageLauncher } from '../../base/message-launcher.js';
import { ModalDialog } from '../../base/modal-dialog.js';
import { RealtimeController } from '../../base/realtime-controller.js';
import { fillTemplate, safeHttpUrl } from '../../base/safe-url.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { formatRate } from '../../shared/money.js';
import { renderRating } from '../../shared/rating.js';
import { FavoritesController } from '../../shared/favorites-controller.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { renderFavoriteButton } from '../mentor-directory/mentor-card.js';
import { renderConnectButton, renderConnectForm } from './connect-dialog.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../mentor-booking-calendar/mentor-booking-calendar.js';
import { profileStyles } from './mentor-profile.styles.js';
import { renderAbout, renderNextSlots, renderReviews } from './profile-sections.js';
import { connectStrings } from './connect.strings.js';

/**
 * @tagname mentor-profile
 * @summary A mentor's page: profile, rating, reviews, next open times and a Book button (SPEC M5).
 *
 * @fires mentor-booking-open - The member asked to book; `detail.mentorId`. Cancelable: `preventDefault()`
 *   keeps the built-in booking dialog closed (e.g. to route to your own booking page).
 * @fires mentor-session-create - From the booking dialog: a booking request was sent.
 * @fires mentor-message-open - The Message button was pressed (shown when the viewer shares a mentorship or a
 *   session with this mentor). Cancelable: `preventDefault()` keeps the built-in messages dialog closed.
 * @fires mentor-favorite-change - The signed-in member saved or unsaved this mentor.
 * @fires mentor-mentorship-update - The signed-in member sent a "connect" request (`action: 'request'`).
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
 * @csspart favorite-button - Save / Saved (signed-in members).
 * @csspart connect-button - Connect (signed-in members without a connection to this mentor).
 * @csspart connect-state - "Connection requested" / "Connected".
 * @csspart connect-dialog - The Connect dialog.
 * @csspart own-profile - The note shown instead of Book and Connect on one's own profile.
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
  @state() private connectBusy = false;
  @state() private connectError?: string;
  @state() private connectSent = false;
  @query('[part="book-button"]') private bookButton?: HTMLElement;

  /** The booking dialog (its calendar is rendered only while open); focus returns to Book. */
  private readonly booking = new ModalDialog(this, { part: 'dialog', returnFocus: () => this.bookButton });
  /** The Connect dialog (SPEC R1); focus returns to Connect, or to the state that replaced it. */
  private readonly connect = new ModalDialog(this, {
    part: 'connect-dialog',
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('[part="connect-button"], [part="connect-state"]'),
  });

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
    catchUp: () => void this.reloadQuietly(),
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

  private readonly favorites = new FavoritesController(
    this,
    () => this.client,
    () => Boolean(this.auth.user),
  );

  /** The signed-in member's pending or accepted mentorship with this mentor (SPEC R1). */
  private readonly mentorship = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id, this.mentorId] as const,
    task: async ([client, memberId, mentorId], { signal }): Promise<Mentorship | undefined> => {
      if (!client || !memberId || !mentorId || memberId === mentorId) return undefined;
      const { items } = await client.listMyMentorships({ role: 'mentee' }, { signal });
      return items.find((m) => m.mentor.id === mentorId && (m.status === 'pending' || m.status === 'accepted'));
    },
  });

  private async toggleFavorite(): Promise<void> {
    const saved = await this.favorites.toggle(this.mentorId);
    this.emit(new MentorFavoriteChangeEvent({ mentorId: this.mentorId, saved }));
  }

  private async openConnect(): Promise<void> {
    this.connectSent = false;
    this.connectError = undefined;
    await this.connect.show();
  }

  private async sendConnect(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client) return;
    const message = ((event.currentTarget as HTMLFormElement).elements.namedItem('message') as HTMLTextAreaElement).value.trim();
    this.connectBusy = true;
    this.connectError = undefined;
    try {
      const mentorship = await client.requestMentorship({ mentorId: this.mentorId, ...(message ? { message } : {}) });
      this.connectSent = true;
      this.emit(new MentorMentorshipUpdateEvent({ mentorship, action: 'request' }));
      void this.mentorship.run();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="connect-sent"]')?.focus();
    } catch (error) {
      const code = (error as { code?: string }).code;
      this.connectError =
        code === 'ALREADY_EXISTS' ? this.localize.strings(connectStrings).connectAlready : errorMessage(this.localize, error);
    } finally {
      this.connectBusy = false;
    }
  }

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  private async openBooking(mentor: MentorPage['mentor'], start?: string): Promise<void> {
    if (!this.emit(new MentorBookingOpenEvent({ mentorId: mentor.id, mentor }))) return;
    this.bookingStart = start;
    await this.booking.show();
  }

  private renderHeader(mentor: MentorPage['mentor']): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const photo = safeHttpUrl(mentor.photoUrl, this.config.apiBase);
    const headline = [mentor.jobTitle, mentor.company].filter(Boolean).join(' · ');
    const book = this.bookingHref
      ? html`<a class="button" part="book-button" href=${fillTemplate(this.bookingHref, { id: mentor.id })} aria-label=${t('bookWith', mentor.displayName)}>${t('book')}</a>`
      : html`<button class="button" part="book-button" type="button" aria-haspopup="dialog" aria-label=${t('bookWith', mentor.displayName)} @click=${() => this.openBooking(mentor)}>${t('book')}</button>`;
    const user = this.auth.user;
    // Defect 15: one's own profile offers neither booking nor connecting (the service would refuse).
    const own = user?.member.id === mentor.id;
    const actions = own
      ? html`<p class="muted" part="own-profile">${t('ownProfile')}</p>`
      : html`${book}
          ${user ? renderConnectButton(this.localize, this.mentorship.value, () => this.openConnect()) : nothing}
          ${user ? renderFavoriteButton(this.localize, this.favorites.has(mentor.id), mentor.displayName, () => void this.toggleFavorite()) : nothing}
          ${
            this.related.value
              ? html`<button class="button secondary" part="message-button" type="button" aria-label=${t('messageTo', mentor.displayName)}
                @click=${(e: Event) => void this.messages.open(mentor.id, mentor.displayName, e.currentTarget as HTMLElement)}>${t('message')}</button>`
              : nothing
          }`;
    return html`<header part="header">
      ${
        photo
          ? html`<img part="photo" class="photo" src=${photo} alt=${t('photoOf', mentor.displayName)} width="96" height="96" />`
          : html`<span part="photo" class="photo initials" aria-hidden="true">${mentor.displayName.trim().charAt(0).toUpperCase()}</span>`
      }
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
      <div class="actions">${actions}</div>
    </header>`;
  }

  private renderPage(page: MentorPage): TemplateResult {
    const { mentor } = page;
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(connectStrings);
    return html`<article part="base" aria-labelledby="name">
      ${this.renderHeader(mentor)}
      ${renderAbout(this.localize, mentor)}
      ${renderNextSlots(this.localize, page.nextOpenSlots, this.zone, (start) => this.openBooking(mentor, start))}
      ${renderReviews(this.localize, page.recentReviews, this.zone)}
      ${this.booking.render({
        head: { id: 'dialog-title', text: t('bookWith', mentor.displayName), closeLabel: t('close') },
        content: this.booking.isOpen
          ? html`<mentor-booking-calendar mentor-id=${mentor.id} time-zone=${this.zone} lang=${this.localize.locale} theme=${this.theme ?? nothing}
              .initialStart=${this.bookingStart}></mentor-booking-calendar>`
          : nothing,
      })}
      ${this.messages.render()}
      ${this.connect.render({
        labelledBy: 'connect-title',
        content: html`<h2 id="connect-title">${s.connectWith(mentor.displayName)}</h2>
          ${renderConnectForm({
            localize: this.localize,
            mentorName: mentor.displayName,
            busy: this.connectBusy,
            error: this.connectError,
            sent: this.connectSent,
            onSubmit: (e) => this.sendConnect(e),
            onClose: () => this.connect.close(),
          })}`,
      })}
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
      return renderError(
        this.localize,
        error,
        notFound ? undefined : () => this.mentorPage.run(),
        notFound ? t('mentorNotFound') : undefined,
      );
    }
    const loaded = this.mentorPage.value;
    const page = this.fresh?.mentor.id === this.mentorId ? this.fresh : loaded;
    return page && this.mentorPage.status === TaskStatus.COMPLETE ? this.renderPage(page) : renderLoading(this.localize);
  }
}
