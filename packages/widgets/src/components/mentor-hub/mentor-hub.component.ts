import type { Dashboard, Me } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  MentorMentorSelectEvent,
  MentorMessageOpenEvent,
  MentorNotificationSelectEvent,
  MentorSessionJoinEvent,
} from '../../base/events.js';
import { loadElement } from '../../base/define-on-first-use.js';
import { MentorElement } from '../../base/mentor-element.js';
import { TabsController } from '../../base/tabs-controller.js';
import { FavoritesController } from '../../shared/favorites-controller.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { statStyles } from '../../styles/stats.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import { renderFavoritesList } from './favorites-list.js';
import { hubTabs, visibleTabs } from './hub-tabs.js';
import { hubStyles } from './mentor-hub.styles.js';
import { renderMenteeStats } from './mentee-stats.js';
import { notificationTarget } from './notification-target.js';
import { renderSessionDetail, revealSessionDetail } from './session-detail.js';
import { UnreadMessagesController } from './unread-messages.js';

/** The hub's sections (see `hubTabs` in hub-tabs.ts for who sees which). */
export type HubTab =
  | 'find'
  | 'favorites'
  | 'sessions'
  | 'mentors'
  | 'messages'
  | 'students'
  | 'dashboard'
  | 'become-mentor'
  | 'employer'
  | 'admin'
  | 'settings'
  | (string & {});

/**
 * The section an email link asks for, from the page's fragment (`#community=…&view=settings`, or
 * `&session=…` for a session, which opens that session's details): links in MentorKit emails open the
 * hub this way.
 */
function linkFromLocation(community: string | undefined): { tab: HubTab; sessionId?: string } | undefined {
  if (typeof location === 'undefined' || !location.hash) return undefined;
  const params = new URLSearchParams(location.hash.slice(1));
  if (community && params.get('community') && params.get('community') !== community) return undefined;
  if (params.get('view') === 'settings') return { tab: 'settings' };
  const sessionId = params.get('session');
  if (sessionId) return { tab: 'sessions', sessionId };
  return undefined;
}

/**
 * @tagname mentor-hub
 * @summary The whole member experience in one tag, routed by role (SPEC C6): signed out → sign-in;
 * mentor only → the mentor dashboard; everyone else → the mentee figures (D2) and tabs for finding a
 * mentor, saved mentors, my sessions, my mentors, and — for mentors — my students and the dashboard, or —
 * for everyone else — "Become a mentor". Takes a host `identity-token` (C4).
 *
 * @fires mentor-signed-in - From the inner sign-in.
 * @fires mentor-signed-out - From the inner sign-in.
 * @fires mentor-session-create - A booking was sent from a mentor's page.
 * @fires mentor-session-update - A session changed in a list or the dashboard.
 * @fires mentor-mentor-select - A mentor was chosen in the directory (the hub then shows that mentor's page).
 * @fires mentor-favorite-change - A mentor was saved or unsaved.
 * @fires mentor-mentorship-update - A connect request was sent, answered or ended.
 * @fires mentor-application-submit - The member applied to become a mentor.
 * @fires mentor-message-open - A "Message" button was pressed (the hub then opens Messages with that member).
 * @fires mentor-notification-select - A notification was chosen in the header's bell (the hub then opens what it
 *   is about: the session's details, the conversation, or the relationships view).
 * @fires mentor-room-join - From the video room the hub opens in place when Join is pressed.
 * @fires mentor-room-leave - From the video room (the hub then returns to the sessions).
 *
 * @csspart base - The outer section.
 * @csspart header - The welcome line and sign-out.
 * @csspart stats - The mentee figures (D2).
 * @csspart stat - One figure.
 * @csspart tabs - The section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section.
 * @csspart back - "Back to all mentors" on a mentor's page, "Back to my sessions" from the video room or a session's details.
 * @csspart session-detail - The `<mentor-session-list session-id>` a session notification or email link opens.
 * @csspart room - The `<mentor-video-room>` opened by Join.
 * @csspart favorites - The saved mentors list.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Tabs, figures and buttons (inherited by every inner element).
 * @cssprop --mentor-border - Tab underline and borders.
 * @cssprop --mentor-spacing - Gaps.
 */
export class MentorHub extends MentorElement {
  static override styles = [sharedStyles, tabStyles, statStyles, hubStyles];

  /** The open section (default `find`; mentor-only members always see the dashboard). */
  @property({ reflect: true }) tab: HubTab = 'find';
  /** The viewer's IANA zone for every time shown (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** The mentor whose page is open inside "Find a mentor". */
  @state() private mentorId?: string;
  /** Bumped when something changes the mentee figures. */
  @state() private reloads = 0;
  /** The member whose conversation the Messages tab opens. */
  @state() private messageMemberId?: string;
  /** The conversation the Messages tab opens (from a notification). */
  @state() private conversationId?: string;
  /**
   * The session whose details (from a notification or an email link) are open in place of the sessions
   * (or, for a mentor-only member, the dashboard); choosing another section closes them.
   */
  @state() private detailSessionId?: string;
  /** The session whose video room is open in place of the hub's sections. */
  @state() private roomSessionId?: string;

  /** Unread direct messages, live, for the Messages tab's badge. */
  private readonly unreadMessages = new UnreadMessagesController(this, () => ({
    client: this.client,
    memberId: this.auth.user?.member.id,
  }));

  private readonly tabs = new TabsController<HubTab>(this, {
    tabs: () => (this.user ? this.tabIds(this.user) : []),
    selected: () => (this.user ? this.shownTab(this.user) : this.tab),
    select: (tab) => (this.tab = tab),
    idPrefix: 'hub-tab-',
    panelId: 'hub-panel',
  });

  private readonly favorites = new FavoritesController(
    this,
    () => this.client,
    () => Boolean(this.auth.user),
  );

  /**
   * Defect 6: the stored identity can be stale (approved as mentor since the last sign-in). Ask the
   * service once per load; when roles differ, refresh the session so every element sees the new roles.
   */
  private readonly freshMe = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<Me | undefined> => {
      if (!client || !memberId) return undefined;
      const me = await client.getMe(undefined, { signal });
      const stored = this.auth.user;
      if (stored && (JSON.stringify(stored.roles) !== JSON.stringify(me.roles) || stored.home !== me.home)) await client.refreshSession();
      return me;
    },
  });

  /** The mentee figures (D2). */
  private readonly menteeStats = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id, this.auth.user?.roles.isMentee, this.reloads] as const,
    task: async ([client, memberId, isMentee], { signal }): Promise<Dashboard | undefined> => {
      // An employer or an admin who is not a mentee has no mentee figures (the service answers 403).
      if (!client || !memberId || !isMentee) return undefined;
      return client.getDashboard({ view: 'mentee' }, { signal });
    },
  });

  /** The member as the service knows them now (falls back to the stored identity while asking). */
  private get user(): Me | null | undefined {
    const stored = this.auth.user;
    const fresh = this.freshMe.value;
    return stored && fresh && fresh.member.id === stored.member.id ? fresh : stored;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const linked = linkFromLocation(this.config.community);
    if (linked && !this.hasAttribute('tab')) {
      this.tab = linked.tab;
      this.detailSessionId = linked.sessionId;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another section was chosen (not together with opening a session's details): the details close.
    if (changed.has('tab') && changed.get('tab') !== undefined && !changed.has('detailSessionId')) this.detailSessionId = undefined;
  }

  /** The tabs of `user` (a mentor-only member's home is the dashboard, with messages and settings beside it). */
  private tabIds(user: Me): string[] {
    return visibleTabs(user).map((t) => t.id);
  }

  /** The section shown: the `tab` asked for when `user` sees it, else their home section. */
  private shownTab(user: Me): HubTab {
    if (this.tabIds(user).includes(this.tab)) return this.tab;
    return user.home === 'mentor-dashboard' ? 'dashboard' : 'find';
  }

  /** A "Message" button inside: open the Messages tab with that member instead of a dialog. */
  private openMessages(event: MentorMessageOpenEvent): void {
    event.preventDefault();
    this.messageMemberId = event.detail.memberId;
    this.conversationId = undefined;
    this.tabs.select('messages');
  }

  /**
   * A chosen notification (the bell marks it read) opens what it is about: the session's details, the
   * conversation, or the relationships view of the side it concerns (a mentor-only member's is the
   * dashboard's "My students").
   */
  private openNotification(event: MentorNotificationSelectEvent): void {
    // After the event has reached the page too: a listener there may cancel it to route elsewhere.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.openTarget(event);
    });
  }

  private openTarget(event: MentorNotificationSelectEvent): void {
    const user = this.user;
    if (!user) return;
    const target = notificationTarget(event.detail.notification, user);
    const mentorHome = user.home === 'mentor-dashboard';
    if (target.kind === 'conversation') {
      this.conversationId = target.conversationId;
      this.messageMemberId = undefined;
      this.tabs.select('messages', true);
    } else if (target.kind === 'session') {
      this.detailSessionId = target.sessionId;
      this.tabs.select(mentorHome ? 'dashboard' : 'sessions');
      void this.updateComplete.then(() => this.shadowRoot && revealSessionDetail(this.shadowRoot));
    } else if (target.kind === 'relationships' && target.side === 'mentor' && mentorHome) {
      this.tabs.select('dashboard', true);
      // Set on the element, not bound: the dashboard's own tabs may have moved it since the last time.
      void this.updateComplete.then(() => {
        const dashboard = this.shadowRoot?.querySelector<HTMLElement & { tab: string }>('mentor-dashboard');
        if (dashboard) dashboard.tab = 'students';
      });
    } else if (target.kind === 'relationships') {
      this.tabs.select(target.side === 'mentor' && user.roles.isMentor ? 'students' : 'mentors', true);
    }
  }

  private async closeSessionDetail(): Promise<void> {
    this.detailSessionId = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`#${this.tabs.selectedId}`)?.focus();
  }

  /** Opens a chosen mentor inside the hub instead of following the card's link. */
  private openMentor(event: MentorMentorSelectEvent): void {
    event.preventDefault();
    this.showMentor(event.detail.mentorId);
  }

  private showMentor(mentorId: string): void {
    this.mentorId = mentorId;
    this.tab = 'find';
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part="back"]')?.focus());
  }

  /**
   * Join on a session that uses the built-in room: the hub opens the room in place, loading its code
   * only now (sessions with an external meeting link keep opening that link).
   */
  private openRoom(event: MentorSessionJoinEvent): void {
    event.preventDefault();
    void import('../mentor-video-room/mentor-video-room.js');
    this.roomSessionId = event.detail.session.id;
  }

  private async closeRoom(): Promise<void> {
    this.roomSessionId = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#hub-tab-sessions, [part="header"]')?.focus();
  }

  private renderRoom(sessionId: string): TemplateResult {
    return html`<button class="button link" part="back" type="button" @click=${this.closeRoom}>← ${this.localize.t('backToSessions')}</button>
      <mentor-video-room part="room" session-id=${sessionId} lang=${this.localize.locale} theme=${this.theme ?? nothing} time-zone=${this.timeZone || nothing}
        @mentor-room-leave=${this.closeRoom}></mentor-video-room>`;
  }

  private async backToDirectory(): Promise<void> {
    this.mentorId = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`#hub-tab-find`)?.focus();
  }

  private renderSessionDetail(sessionId: string): TemplateResult {
    const mentorHome = this.user?.home === 'mentor-dashboard';
    return renderSessionDetail({
      localize: this.localize,
      sessionId,
      mentorHome,
      theme: this.theme,
      timeZone: this.timeZone,
      onBack: () => void this.closeSessionDetail(),
    });
  }

  private renderPanel(tab: HubTab): TemplateResult {
    const lang = this.localize.locale;
    const theme = this.theme ?? nothing;
    const zone = this.timeZone || nothing;
    switch (tab) {
      case 'sessions':
        if (this.detailSessionId) return this.renderSessionDetail(this.detailSessionId);
        return html`<mentor-session-list lang=${lang} theme=${theme} time-zone=${zone}></mentor-session-list>`;
      case 'favorites': {
        const items = this.favorites.items;
        return items
          ? renderFavoritesList(
              this.localize,
              items,
              (id) => this.showMentor(id),
              (id) => void this.favorites.toggle(id),
            )
          : renderLoading(this.localize);
      }
      case 'mentors':
        loadElement('mentor-relationships', () => import('../mentor-relationships/mentor-relationships.js'));
        return html`<mentor-relationships view-as="mentee" lang=${lang} theme=${theme} time-zone=${zone}></mentor-relationships>`;
      case 'students':
        loadElement('mentor-relationships', () => import('../mentor-relationships/mentor-relationships.js'));
        return html`<mentor-relationships view-as="mentor" lang=${lang} theme=${theme} time-zone=${zone}></mentor-relationships>`;
      case 'employer':
        loadElement('mentor-employer', () => import('../mentor-employer/mentor-employer.js'));
        return html`<mentor-employer lang=${lang} theme=${theme}></mentor-employer>`;
      case 'admin':
        loadElement('mentor-admin', () => import('../mentor-admin/mentor-admin.js'));
        return html`<mentor-admin lang=${lang} theme=${theme}></mentor-admin>`;
      case 'settings':
        loadElement('mentor-notification-settings', () => import('./mentor-notification-settings.js'));
        return html`<mentor-notification-settings lang=${lang} theme=${theme}></mentor-notification-settings>`;
      case 'messages':
        // Loaded when first opened: the hub's first load carries neither messages nor pusher-js.
        loadElement('mentor-messages', () => import('../mentor-messages/mentor-messages.js'));
        return html`<mentor-messages lang=${lang} theme=${theme} time-zone=${zone} member-id=${this.messageMemberId ?? nothing}
          conversation-id=${this.conversationId ?? nothing}></mentor-messages>`;
      case 'dashboard':
        if (this.detailSessionId) return this.renderSessionDetail(this.detailSessionId);
        return html`<mentor-dashboard lang=${lang} theme=${theme} time-zone=${zone}></mentor-dashboard>`;
      case 'become-mentor':
        loadElement('mentor-apply', () => import('../mentor-apply/mentor-apply.js'));
        return html`<mentor-apply lang=${lang} theme=${theme}></mentor-apply>`;
      default:
        if (this.mentorId) {
          return html`<button class="button link" part="back" type="button" @click=${this.backToDirectory}>← ${this.localize.t('backToDirectory')}</button>
            <mentor-profile mentor-id=${this.mentorId} lang=${lang} theme=${theme} time-zone=${zone}></mentor-profile>
            <mentor-booking-calendar mentor-id=${this.mentorId} lang=${lang} theme=${theme} time-zone=${zone}></mentor-booking-calendar>`;
        }
        return html`<mentor-directory lang=${lang} theme=${theme} @mentor-mentor-select=${this.openMentor}></mentor-directory>`;
    }
  }

  private renderStats(): TemplateResult | typeof nothing {
    const data = this.menteeStats.value;
    if (this.menteeStats.status === TaskStatus.ERROR)
      return renderError(this.localize, this.menteeStats.error, () => this.menteeStats.run());
    return data?.view === 'mentee' ? renderMenteeStats(this.localize, data) : nothing;
  }

  private renderTabs(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const labels = new Map(hubTabs.map((x) => [x.id, x.label]));
    const unread = this.unreadMessages.count;
    return this.tabs.render({
      label: t('hubSections'),
      part: 'tabs',
      tabPart: 'tab',
      ariaLabel: (id) => (id === 'messages' && unread > 0 ? t('tabMessagesUnread', unread) : undefined),
      content: (id) =>
        html`${t(labels.get(id)!) as string}${id === 'messages' && unread > 0 ? html` <span class="count" part="unread-badge" aria-hidden="true">${unread}</span>` : nothing}`,
    });
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    const user = this.user;
    const lang = this.localize.locale;
    if (user === undefined) return renderLoading(this.localize);
    if (user === null) return html`<mentor-sign-in part="sign-in" lang=${lang} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    // The bell is for signed-in members only: loaded on sign-in, not in the first load.
    loadElement('mentor-notification-bell', () => import('./notification-bell.js'));
    const header = html`<div class="header" part="header">
      <mentor-notification-bell lang=${lang} theme=${this.theme ?? nothing} @mentor-notification-select=${this.openNotification}></mentor-notification-bell>
      <mentor-sign-in lang=${lang} theme=${this.theme ?? nothing}></mentor-sign-in>
    </div>`;
    // SPEC C6: a member who is only a mentor lands on the mentor dashboard (and has Messages beside it).
    if (user.home === 'mentor-dashboard') {
      const tab = this.shownTab(user);
      return html`<section part="base" aria-label=${t('dashboardLabel')} data-home="mentor-dashboard" @mentor-message-open=${this.openMessages} @mentor-session-join=${this.openRoom}>${header}
        ${
          this.roomSessionId
            ? this.renderRoom(this.roomSessionId)
            : html`${this.renderTabs()}
              <div id="hub-panel" part="panel" role="tabpanel" aria-labelledby=${this.tabs.selectedId}>${this.renderPanel(tab)}</div>`
        }</section>`;
    }
    if (this.roomSessionId) {
      return html`<section part="base" aria-label=${t('hubSections')} data-home="mentorship-hub">${header}${this.renderRoom(this.roomSessionId)}</section>`;
    }
    const tab = this.shownTab(user);
    return html`<section part="base" aria-labelledby="hub-title" data-home="mentorship-hub" @mentor-message-open=${this.openMessages} @mentor-session-join=${this.openRoom}
        @mentor-session-update=${() => this.reloads++} @mentor-session-create=${() => this.reloads++} @mentor-mentorship-update=${() => this.reloads++}>
      ${header}
      <h2 id="hub-title">${t('hubWelcome', user.member.name)}</h2>
      ${this.renderStats()}
      ${this.renderTabs()}
      <div id="hub-panel" part="panel" role="tabpanel" aria-labelledby=${this.tabs.selectedId}>${this.renderPanel(tab)}</div>
    </section>`;
  }
}
