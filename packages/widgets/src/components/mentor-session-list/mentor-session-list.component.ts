import { parseMeetingLink, realtimeEvents, type Session, type SessionAction, type SessionStatus } from '@mentorkit/core';
import { MentorKitApiError, type MentorKitClient } from '@mentorkit/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MentorSessionJoinEvent, MentorSessionUpdateEvent, type SessionUpdateAction } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { MessageLauncher } from '../../base/message-launcher.js';
import { PagedListController } from '../../base/paged-list-controller.js';
import { RealtimeController } from '../../base/realtime-controller.js';
import { TabsController } from '../../base/tabs-controller.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../mentor-sign-in/mentor-sign-in.js';
import { sessionListStyles } from './mentor-session-list.styles.js';
import { ReasonDialogController, type ReasonDialogKind } from './reason-dialog.js';
import { statusLabel } from './session-format.js';
import { renderSessionFilters, roleTabs, type SessionRole, type SessionTime } from './session-filters.js';
import { renderSessionItem } from './session-item.js';
import { feedbackStrings } from './feedback.strings.js';
import { rescheduleStrings } from './reschedule.strings.js';

export type { SessionRole, SessionTime };

interface Page {
  items: Session[];
  nextCursor: string | null;
}

/**
 * @tagname mentor-session-list
 * @summary The signed-in member's sessions (SPEC S2, S4, S6, S7, S9): role tabs, upcoming/past, status
 * badges, times in the viewer's zone (shown), paging, and every action the viewer may take — confirm,
 * decline, cancel with a reason, complete, no-show, meeting link, rating, mentor feedback, join.
 * With `session-id`, just that session (what a notification or an email link opens).
 *
 * @fires mentor-session-update - A session changed here; `detail.session` (as the service now has it) and
 *   `detail.action` (`confirm`, `decline`, `cancel`, `complete`, `no_show`, `meeting-link`, `rate`, `feedback`).
 * @fires mentor-session-join - Join was pressed on a joinable session that uses the built-in video room.
 *   Cancelable.
 *
 * @csspart base - The outer section.
 * @csspart role-tabs - The mentor / mentee / all tabs (only for members who hold both roles).
 * @csspart time-filter - The upcoming / past switch.
 * @csspart zone - The "Times shown in …" line.
 * @csspart list - The list of sessions.
 * @csspart session - One session.
 * @csspart status-badge - A session's status.
 * @csspart time - A session's time range.
 * @csspart cancellation - Who cancelled or declined, and why.
 * @csspart actions - A session's buttons.
 * @csspart action-button - Confirm, decline, cancel, complete, no-show.
 * @csspart join-button - The Join link or button.
 * @csspart link-form - The meeting-link form (mentors).
 * @csspart rating-form - The rating form (mentees, after completion).
 * @csspart rating - A given rating.
 * @csspart meeting-link - The meeting link, named by its platform.
 * @csspart feedback-button - "Leave feedback" (mentors, after completion).
 * @csspart feedback-form - The mentor-feedback form.
 * @csspart mentor-feedback - The mentor's feedback (both sides see it).
 * @csspart dialog - The reason dialog (cancel, decline).
 * @csspart dialog-confirm - The dialog's confirm button.
 * @csspart load-more - The "Load more" button.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Buttons, selected tab.
 * @cssprop --mentor-surface - Session cards.
 * @cssprop --mentor-border - Card borders.
 * @cssprop --mentor-success - "Confirmed" and "Completed" badges.
 * @cssprop --mentor-warning - "Pending" badge.
 * @cssprop --mentor-danger - "Cancelled", "Declined", "No-show" badges and destructive buttons.
 * @cssprop --mentor-radius - Corner radius.
 */
export class MentorSessionList extends MentorElement {
  static override styles = [sharedStyles, sessionListStyles];

  /** `all` (default), `mentor` or `mentee`; members with both roles can switch with tabs. */
  @property({ attribute: 'session-role', reflect: true }) sessionRole: SessionRole = 'all';
  /** `upcoming` (default), `past` or `all`. */
  @property({ reflect: true }) time: SessionTime = 'upcoming';
  /** Only these statuses, comma-separated (e.g. `pending`). */
  @property() status = '';
  /** Sessions per page (1–100). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;
  /** The viewer's IANA zone (default: the browser's); every time is shown in it. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** Hides the role tabs and the upcoming/past switch (for embedding a fixed list, as the dashboard does). */
  @property({ attribute: 'hide-filters', type: Boolean }) hideFilters = false;
  /** The list's accessible name (default "My sessions"). */
  @property() label = '';
  /** Text of the empty state (default depends on `time`). */
  @property({ attribute: 'empty-text' }) emptyText = '';
  /**
   * Shows only this session (read with `getSession`, so it need not be on any page of the list) with
   * every action the list offers, and no filters: what a notification or an email link opens.
   */
  @property({ attribute: 'session-id' }) sessionId = '';

  @state() private busyId?: string;
  @state() private editingLinkId?: string;
  @state() private linkError?: string;
  @state() private rateError?: { id: string; message: string };
  @state() private feedbackId?: string;
  @state() private feedbackError?: string;
  /** The session whose "propose another time" form is open, and its error (SPEC S3). */
  @state() private rescheduleId?: string;
  @state() private rescheduleError?: string;
  @state() private announcement = '';
  @state() private actionError = '';
  @state() private reloads = 0;

  /** Live: sessions changed elsewhere (the other side, another tab) appear without reload (SPEC T1). */
  protected readonly live = new RealtimeController(this, () => ({ client: this.client, memberId: this.auth.user?.member.id }), {
    onEvent: (event, data) => {
      if (event === realtimeEvents.sessionUpdated) void this.changedElsewhere(data as Session);
    },
    catchUp: () => void this.reloadQuietly(),
  });

  private readonly messages = new MessageLauncher(this, () => this.localize);

  private readonly dialog = new ReasonDialogController(this, (kind, session, reason) => this.submitReason(kind, session, reason));

  /** The sessions shown: the first page (read by `page`, reruns with the filters) and every page loaded after it. */
  private readonly list = new PagedListController<Session>(this, (cursor, signal) =>
    this.client!.listMySessions(
      { role: this.sessionRole, time: this.time, limit: this.pageSize, ...(cursor ? { cursor } : {}), ...this.statusQuery },
      { signal },
    ),
  );

  private get items(): Session[] {
    return this.list.items ?? [];
  }

  private set items(items: Session[]) {
    this.list.items = items;
  }

  private readonly page = new Task(this, {
    args: () =>
      [
        this.client,
        this.auth.user?.member.id,
        this.sessionRole,
        this.time,
        this.status,
        this.pageSize,
        this.reloads,
        this.sessionId,
      ] as const,
    task: async ([client, memberId, role, time, , limit, , sessionId], { signal }): Promise<Page | undefined> => {
      if (!client) throw new Error('not configured');
      if (!memberId) return undefined;
      this.list.abortPending();
      const page = sessionId
        ? await this.oneSession(client, sessionId, signal)
        : await client.listMySessions({ role, time, limit, ...this.statusQuery }, { signal });
      this.list.reset(page);
      return page;
    },
  });

  /** The one session of `session-id`, as a page without more. */
  private async oneSession(client: MentorKitClient, sessionId: string, signal?: AbortSignal): Promise<Page> {
    return { items: [await client.getSession({ sessionId }, { signal })], nextCursor: null };
  }

  private loadedWaiters: Array<() => void> = [];

  /** Resolves once the sessions (or the one of `session-id`) are read and shown, or their error is. */
  loaded(): Promise<void> {
    return new Promise((resolve) => {
      this.loadedWaiters.push(resolve);
      this.requestUpdate();
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const settled = this.page.status === TaskStatus.ERROR || (this.page.status === TaskStatus.COMPLETE && this.page.value !== undefined);
    if (settled && this.loadedWaiters.length) this.loadedWaiters.splice(0).forEach((resolve) => resolve());
  }

  /** Reloads the list from the service (e.g. after a change made elsewhere). */
  refresh(): void {
    this.reloads++;
  }

  /**
   * A session changed elsewhere: updated in place when shown (or dropped when it left the status
   * filter), otherwise the first page is re-read in the background (a new request may belong here).
   */
  private async changedElsewhere(session: Session): Promise<void> {
    if (this.page.status !== TaskStatus.COMPLETE) return;
    const shown = this.items.find((s) => s.id === session.id);
    if (!shown) return this.sessionId ? undefined : this.reloadQuietly();
    if (shown.updatedAt >= session.updatedAt) return;
    const keep = this.statuses.length === 0 || this.statuses.includes(session.status);
    this.items = keep ? this.items.map((s) => (s.id === session.id ? session : s)) : this.items.filter((s) => s.id !== session.id);
    this.announcement = this.localize.t('sessionChangedNamed', session.topic, statusLabel(this.localize, session.status));
  }

  /**
   * Re-reads the first page without the loading state (live changes, catch-up once the channel is live).
   * When the list changed while the read was in flight (an action, "load more", a live event), the answer
   * may predate that change: it is dropped and the list read again. So it is while "load more" is still
   * reading (showing this answer would abort that read).
   */
  private async reloadQuietly(): Promise<void> {
    const client = this.client;
    if (!client || !this.auth.user || this.page.status !== TaskStatus.COMPLETE) return;
    try {
      const shown = this.items;
      const page = this.sessionId
        ? await this.oneSession(client, this.sessionId)
        : await client.listMySessions({
            role: this.sessionRole,
            time: this.time,
            limit: Math.max(this.pageSize, this.items.length),
            ...(this.status ? { status: this.status } : {}),
          });
      if (this.items !== shown || this.list.loadingMore) return void this.reloadQuietly();
      const added = page.items.filter((s) => !this.items.some((i) => i.id === s.id));
      this.list.reset(page);
      if (added[0]) this.announcement = this.localize.t('sessionChangedNamed', added[0].topic, statusLabel(this.localize, added[0].status));
    } catch {
      // A failed background refresh keeps what is shown; the next event or reconnect tries again.
    }
  }

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  /**
   * The statuses asked for: the `status` attribute, else — for upcoming — only sessions still going to
   * happen (defect 13: cancelled, declined and completed sessions do not belong under Upcoming).
   */
  private get statuses(): SessionStatus[] {
    if (this.sessionId) return []; // one session is shown whatever becomes of it
    const given = this.status
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean) as SessionStatus[];
    return given.length || this.time !== 'upcoming' ? given : ['pending', 'confirmed'];
  }

  private get statusQuery(): { status?: string } {
    const statuses = this.statuses;
    return statuses.length ? { status: statuses.join(',') } : {};
  }

  /** Puts the changed session in place (or drops it when it no longer matches the status filter) and tells the host. */
  private applied(session: Session, action: SessionUpdateAction): void {
    const keep = this.statuses.length === 0 || this.statuses.includes(session.status);
    this.items = keep ? this.items.map((s) => (s.id === session.id ? session : s)) : this.items.filter((s) => s.id !== session.id);
    this.announcement = this.localize.t('sessionChanged', statusLabel(this.localize, session.status));
    this.emit(new MentorSessionUpdateEvent({ session, action }));
  }

  /** Runs one call for `session`, with busy state and errors shown; returns the new session or undefined. */
  private async run(session: Session, call: (client: MentorKitClient) => Promise<Session>): Promise<Session | undefined> {
    const client = this.client;
    if (!client) return undefined;
    this.busyId = session.id;
    this.actionError = '';
    try {
      return await call(client);
    } catch (error) {
      if (error instanceof MentorKitApiError && (error.code === 'INVALID_TRANSITION' || error.status === 409)) {
        this.actionError = this.localize.t('sessionStale');
        this.refresh();
      } else {
        this.actionError = errorMessage(this.localize, error);
      }
      throw error;
    } finally {
      this.busyId = undefined;
    }
  }

  /** Focuses the session's card after its buttons changed, so keyboard users keep their place. */
  private async focusSession(id: string): Promise<void> {
    await this.updateComplete;
    const card = this.shadowRoot?.querySelector<HTMLElement>(`article[data-session-id="${id}"]`);
    (card ?? this.shadowRoot?.querySelector<HTMLElement>('[part="base"]'))?.focus();
  }

  private onAction(session: Session, action: SessionAction, opener: HTMLElement): void {
    if (action === 'cancel' || action === 'decline') {
      this.dialog.open(action, session, opener);
      return;
    }
    void this.run(session, (client) => {
      const input = { sessionId: session.id };
      if (action === 'confirm') return client.confirmSession(input);
      if (action === 'complete') return client.completeSession(input);
      return client.markNoShow(input);
    })
      .then(async (updated) => {
        if (!updated) return;
        this.applied(updated, action);
        await this.focusSession(updated.id);
      })
      .catch(() => undefined);
  }

  private async submitReason(kind: ReasonDialogKind, session: Session, reason: string): Promise<void> {
    const updated = await this.run(session, (client) =>
      kind === 'cancel'
        ? client.cancelSession({ sessionId: session.id, reason })
        : client.declineSession({ sessionId: session.id, ...(reason ? { reason } : {}) }),
    ).catch((error: unknown) => {
      if (error instanceof MentorKitApiError && error.status === 400) throw new Error('reasonRequired');
      this.dialog.close();
      return undefined;
    });
    if (!updated) return;
    this.applied(updated, kind);
    await this.updateComplete;
    this.dialog.close(
      this.shadowRoot?.querySelector<HTMLElement>(`article[data-session-id="${updated.id}"]`) ??
        this.shadowRoot?.querySelector<HTMLElement>('[part="base"]'),
    );
  }

  private async saveLink(session: Session, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    const parsed = parseMeetingLink(input.value);
    if (!parsed.ok) {
      this.linkError = this.localize.t('meetingLinkInvalid');
      input.focus();
      return;
    }
    this.linkError = undefined;
    const updated = await this.run(session, (client) => client.setMeetingLink({ sessionId: session.id, url: parsed.link.url })).catch(
      (error: unknown) => {
        if (error instanceof MentorKitApiError && error.status === 400) this.linkError = this.localize.t('meetingLinkInvalid');
        return undefined;
      },
    );
    if (!updated) return;
    this.editingLinkId = undefined;
    this.applied(updated, 'meeting-link');
    await this.focusSession(updated.id);
  }

  private async openReschedule(session: Session | undefined): Promise<void> {
    this.rescheduleId = session?.id;
    this.rescheduleError = undefined;
    await this.updateComplete;
    if (session) this.shadowRoot?.querySelector<HTMLElement>(`#reschedule-${session.id}`)?.focus();
  }

  /** Sends a proposal (SPEC S3); the time is the browser's local date-time of the field. */
  private async proposeReschedule(session: Session, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const s = this.localize.strings(rescheduleStrings);
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const start = new Date(String(data.get('start') ?? ''));
    const message = String(data.get('message') ?? '').trim();
    if (Number.isNaN(start.getTime()) || start.getTime() <= Date.now()) {
      this.rescheduleError = s.pickTime;
      return;
    }
    await this.answerOrPropose(session, 'reschedule-propose', (client) =>
      client.proposeReschedule({ sessionId: session.id, start: start.toISOString(), ...(message ? { message } : {}) }),
    );
  }

  private answerReschedule(session: Session, decision: 'accept' | 'decline'): void {
    void this.answerOrPropose(session, decision === 'accept' ? 'reschedule-accept' : 'reschedule-decline', (client) =>
      client.respondToReschedule({ sessionId: session.id, decision }),
    );
  }

  /** One call about a reschedule: a time that is not open is explained on the card, not as a stale list. */
  private async answerOrPropose(
    session: Session,
    action: SessionUpdateAction,
    call: (client: MentorKitClient) => Promise<Session>,
  ): Promise<void> {
    const client = this.client;
    if (!client) return;
    const s = this.localize.strings(rescheduleStrings);
    this.busyId = session.id;
    this.rescheduleError = undefined;
    try {
      const updated = await call(client);
      this.rescheduleId = undefined;
      this.applied(updated, action);
      this.announcement = action === 'reschedule-propose' ? s.proposed : action === 'reschedule-accept' ? s.moved : s.kept;
      await this.focusSession(updated.id);
    } catch (error) {
      const notOpen = error instanceof MentorKitApiError && (error.code === 'SLOT_UNAVAILABLE' || error.code === 'VALIDATION_FAILED');
      if (notOpen) this.rescheduleError = s.notOpen;
      else this.actionError = errorMessage(this.localize, error);
      if (notOpen && this.rescheduleId !== session.id) this.actionError = s.notOpen;
    } finally {
      this.busyId = undefined;
    }
  }

  private async rate(session: Session, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const rating = Number(new FormData(form).get('rating'));
    const review = String(new FormData(form).get('review') ?? '').trim();
    if (!(rating >= 1 && rating <= 5)) {
      this.rateError = { id: session.id, message: this.localize.t('ratingRequired') };
      form.querySelector<HTMLInputElement>('input[name="rating"]')?.focus();
      return;
    }
    this.rateError = undefined;
    const updated = await this.run(session, (client) =>
      client.rateSession({ sessionId: session.id, rating, ...(review ? { review } : {}) }),
    ).catch(() => undefined);
    if (!updated) return;
    this.applied(updated, 'rate');
    await this.focusSession(updated.id);
  }

  private async sendFeedback(session: Session, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const area = (event.currentTarget as HTMLFormElement).elements.namedItem('feedback') as HTMLTextAreaElement;
    const feedback = area.value.trim();
    if (!feedback || feedback.length > 2000) {
      this.feedbackError = this.localize.strings(feedbackStrings).feedbackRequired;
      area.focus();
      return;
    }
    this.feedbackError = undefined;
    const updated = await this.run(session, (client) => client.addMentorFeedback({ sessionId: session.id, feedback })).catch(
      () => undefined,
    );
    if (!updated) return;
    this.feedbackId = undefined;
    this.applied(updated, 'feedback');
    await this.focusSession(updated.id);
  }

  private async openFeedback(session: Session | undefined): Promise<void> {
    const previous = this.feedbackId;
    this.feedbackId = session?.id;
    this.feedbackError = undefined;
    await this.updateComplete;
    if (session) this.shadowRoot?.querySelector<HTMLElement>(`#feedback-${session.id}`)?.focus();
    else if (previous) await this.focusSession(previous);
  }

  /** Defect 9: an error is about what was typed before; once the member changes the form, it goes. */
  private formInput(session: Session): void {
    if (this.rateError?.id === session.id) this.rateError = undefined;
    if (this.feedbackId === session.id) this.feedbackError = undefined;
  }

  /** The session whose notes are open under its card. */
  @state() private notesOpenId?: string;

  private toggleNotes(session: Session): void {
    if (this.notesOpenId === session.id) {
      this.notesOpenId = undefined;
      return;
    }
    void import('../mentor-session-notes/mentor-session-notes.js');
    this.notesOpenId = session.id;
  }

  private join(session: Session): void {
    this.emit(new MentorSessionJoinEvent({ session }));
  }

  private async editLink(session: Session | undefined): Promise<void> {
    const previous = this.editingLinkId;
    this.editingLinkId = session?.id;
    this.linkError = undefined;
    await this.updateComplete;
    if (session) this.shadowRoot?.querySelector<HTMLInputElement>(`#link-${session.id}`)?.focus();
    else if (previous) await this.focusSession(previous);
  }

  /** Role tabs for members who are both mentor and mentee. */
  private readonly roleTabs = new TabsController<SessionRole>(this, {
    tabs: () => roleTabs,
    selected: () => this.sessionRole,
    select: (role) => (this.sessionRole = role),
    idPrefix: 'tab-',
    panelId: 'panel',
  });

  private renderFilters(): TemplateResult | typeof nothing {
    if (this.hideFilters || this.sessionId) return nothing;
    const roles = this.auth.user?.roles;
    return renderSessionFilters({
      localize: this.localize,
      roleTabs: roles?.isMentor && roles?.isMentee ? this.roleTabs : undefined,
      time: this.time,
      onTime: (time) => (this.time = time),
    });
  }

  private renderList(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (this.page.status === TaskStatus.ERROR) return renderError(this.localize, this.page.error, () => this.refresh());
    if (this.page.status !== TaskStatus.COMPLETE) return renderLoading(this.localize);
    if (this.items.length === 0) {
      return renderEmpty(
        this.emptyText ||
          (this.time === 'past' ? t('noSessionsPast') : this.time === 'upcoming' ? t('noSessionsUpcoming') : t('noSessionsMatching')),
      );
    }
    const ctx = {
      localize: this.localize,
      viewerId: this.auth.user?.member.id,
      timeZone: this.zone,
      now: new Date(),
      busyId: this.busyId,
      editingLinkId: this.editingLinkId,
      linkError: this.linkError,
      rateError: this.rateError,
      onAction: (s: Session, a: SessionAction, opener: HTMLElement) => this.onAction(s, a, opener),
      onEditLink: (s: Session | undefined) => void this.editLink(s),
      onSaveLink: (s: Session, e: SubmitEvent) => void this.saveLink(s, e),
      onRate: (s: Session, e: SubmitEvent) => void this.rate(s, e),
      onJoin: (s: Session) => this.join(s),
      onMessage: (s: Session, opener: HTMLElement) => {
        const other = s.mentor.id === this.auth.user?.member.id ? s.mentee : s.mentor;
        void this.messages.open(other.id, other.name, opener);
      },
      feedbackId: this.feedbackId,
      feedbackError: this.feedbackError,
      onFeedbackOpen: (s: Session | undefined) => void this.openFeedback(s),
      onFeedback: (s: Session, e: SubmitEvent) => void this.sendFeedback(s, e),
      onFormInput: (s: Session) => this.formInput(s),
      rescheduleId: this.rescheduleId,
      rescheduleError: this.rescheduleError,
      onRescheduleOpen: (s: Session | undefined) => void this.openReschedule(s),
      onPropose: (s: Session, e: SubmitEvent) => void this.proposeReschedule(s, e),
      onAnswerReschedule: (s: Session, d: 'accept' | 'decline') => this.answerReschedule(s, d),
      notesOpenId: this.notesOpenId,
      onToggleNotes: (s: Session) => this.toggleNotes(s),
    };
    return html`<ul class="list" part="list" aria-busy=${this.list.loadingMore ? 'true' : 'false'}>${this.items.map((s) => renderSessionItem(ctx, s))}</ul>
      ${this.list.render(this.localize)}`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    if (this.auth.user === undefined) return renderLoading(this.localize);
    if (this.auth.user === null) {
      return html`<p>${t('errorSignInRequired')}</p><mentor-sign-in lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    }
    const roles = this.auth.user.roles;
    const tabbed = !this.hideFilters && !this.sessionId && roles.isMentor && roles.isMentee;
    return html`<section part="base" aria-label=${this.label || (this.sessionId ? t('sessionDetailsLabel') : t('sessionsLabel'))} tabindex="-1">
      ${this.renderFilters()}
      <p part="zone" class="muted zone">${t('timesShownIn', this.localize.zoneLabel(this.zone))}</p>
      <div id="panel" role=${tabbed ? 'tabpanel' : nothing} aria-labelledby=${tabbed ? this.roleTabs.selectedId : nothing}>
        ${this.actionError ? html`<p class="field-error" role="alert">${this.actionError}</p>` : nothing}
        ${this.renderList()}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.dialog.render(this.localize, this.zone)}
      ${this.messages.render()}
    </section>`;
  }
}
