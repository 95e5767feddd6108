import type { Mentorship } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClientProviderController } from '../../base/client-provider.js';
import type { MentorMentorSelectEvent, MentorMessageOpenEvent, MentorNotificationSelectEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import { hubStyles } from './mentor-hub.styles.js';
import { renderMyMentors } from './my-mentors.js';
import { UnreadMessagesController } from './unread-messages.js';

/** The hub's sections. */
export type HubTab = 'find' | 'sessions' | 'mentors' | 'messages' | 'dashboard';

/**
 * @tagname mentor-hub
 * @summary The whole member experience in one tag, routed by role (SPEC C6): signed out → sign-in;
 * mentor only → the mentor dashboard (and Messages); everyone else → tabs for finding a mentor, my sessions,
 * my mentors, messages and (for mentors) the dashboard. The header has the notification bell (T5); the
 * Messages tab shows the unread count live (T2). Takes a host `identity-token` (C4).
 *
 * @fires mentor-signed-in - From the inner sign-in.
 * @fires mentor-signed-out - From the inner sign-in.
 * @fires mentor-session-create - A booking was sent from a mentor's page.
 * @fires mentor-session-update - A session changed in a list or the dashboard.
 * @fires mentor-mentor-select - A mentor was chosen in the directory (the hub then shows that mentor's page).
 * @fires mentor-message-open - A "Message" button was pressed (the hub then opens Messages with that member).
 * @fires mentor-notification-select - A notification was chosen (the hub then opens the matching tab).
 *
 * @csspart base - The outer section.
 * @csspart header - The welcome line and sign-out.
 * @csspart tabs - The section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section.
 * @csspart back - "Back to all mentors" on a mentor's page.
 * @csspart mentors - The "My mentors" list.
 * @csspart unread-badge - The unread count on the Messages tab.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Tabs and buttons (also inherited by every inner element).
 * @cssprop --mentor-border - Tab underline and borders.
 * @cssprop --mentor-spacing - Gaps.
 */
export class MentorHub extends MentorElement {
  static override styles = [sharedStyles, tabStyles, hubStyles];

  /** The open section (default `find`; mentor-only members always see the dashboard). */
  @property({ reflect: true }) tab: HubTab = 'find';
  /** The viewer's IANA zone for every time shown (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** The mentor whose page is open inside "Find a mentor". */
  @state() private mentorId?: string;
  /** The member whose conversation the Messages tab opens. */
  @state() private messageMemberId?: string;
  /** The conversation the Messages tab opens (from a notification). */
  @state() private conversationId?: string;

  private readonly unreadMessages = new UnreadMessagesController(this, () => ({ client: this.client, memberId: this.auth.user?.member.id }));

  protected readonly provider = new ClientProviderController(this, () => this.client);

  private readonly mentorships = new Task(this, {
    args: () => [this.client, this.tab === 'mentors' ? this.auth.user?.member.id : undefined] as const,
    task: async ([client, memberId], { signal }): Promise<Mentorship[] | undefined> => {
      if (!client || !memberId) return undefined;
      return (await client.listMyMentorships({ role: 'mentee' }, { signal })).items;
    },
  });

  private get tabs(): HubTab[] {
    const user = this.auth.user;
    if (user?.home === 'mentor-dashboard') return ['dashboard', 'messages'];
    return user?.roles.isMentor ? ['find', 'sessions', 'mentors', 'messages', 'dashboard'] : ['find', 'sessions', 'mentors', 'messages'];
  }

  /** A "Message" button inside: open the Messages tab with that member instead of a dialog. */
  private openMessages(event: MentorMessageOpenEvent): void {
    event.preventDefault();
    this.messageMemberId = event.detail.memberId;
    this.conversationId = undefined;
    this.select('messages');
  }

  /** A chosen notification opens where it points. */
  private openNotification(event: MentorNotificationSelectEvent): void {
    const { notification } = event.detail;
    const isMentorHome = this.auth.user?.home === 'mentor-dashboard';
    if (notification.type === 'message.received' && notification.data.conversationId) {
      this.conversationId = notification.data.conversationId;
      this.messageMemberId = undefined;
      this.select('messages', true);
    } else if (notification.type.startsWith('session.')) {
      this.select(isMentorHome ? 'dashboard' : 'sessions', true);
    } else {
      this.select(isMentorHome ? 'dashboard' : 'mentors', true);
    }
  }

  private select(tab: HubTab, focus = false): void {
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`#hub-tab-${tab}`)?.focus());
  }

  private keydown(event: KeyboardEvent): void {
    const tabs = this.tabs;
    const index = Math.max(0, tabs.indexOf(this.tab));
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(tabs[(next + tabs.length) % tabs.length]!, true);
  }

  /** Opens a chosen mentor inside the hub instead of following the card's link. */
  private openMentor(event: MentorMentorSelectEvent): void {
    event.preventDefault();
    this.mentorId = event.detail.mentorId;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part="back"]')?.focus());
  }

  private async backToDirectory(): Promise<void> {
    this.mentorId = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`#hub-tab-find`)?.focus();
  }

  private renderPanel(): TemplateResult {
    const lang = this.localize.locale;
    const theme = this.theme ?? nothing;
    const zone = this.timeZone || nothing;
    switch (this.tab) {
      case 'sessions':
        return html`<mentor-session-list lang=${lang} theme=${theme} time-zone=${zone}></mentor-session-list>`;
      case 'mentors':
        if (this.mentorships.status === TaskStatus.ERROR) return renderError(this.localize, this.mentorships.error, () => this.mentorships.run());
        return this.mentorships.value
          ? renderMyMentors(this.localize, this.mentorships.value, this.timeZone || viewerTimeZone(), (m) => {
              this.messageMemberId = m.mentor.id;
              this.conversationId = undefined;
              this.select('messages');
            })
          : renderLoading(this.localize);
      case 'messages':
        // Loaded when first opened: the hub's first load carries neither messages nor pusher-js.
        void import('../mentor-messages/mentor-messages.js');
        return html`<mentor-messages lang=${lang} theme=${theme} time-zone=${zone} member-id=${this.messageMemberId ?? nothing}
          conversation-id=${this.conversationId ?? nothing}></mentor-messages>`;
      case 'dashboard':
        return html`<mentor-dashboard lang=${lang} theme=${theme} time-zone=${zone}></mentor-dashboard>`;
      default:
        if (this.mentorId) {
          return html`<button class="button link" part="back" type="button" @click=${this.backToDirectory}>← ${this.localize.t('backToDirectory')}</button>
            <mentor-profile mentor-id=${this.mentorId} lang=${lang} theme=${theme}></mentor-profile>
            <mentor-booking-calendar mentor-id=${this.mentorId} lang=${lang} theme=${theme} time-zone=${zone}></mentor-booking-calendar>`;
        }
        return html`<mentor-directory lang=${lang} theme=${theme} @mentor-mentor-select=${this.openMentor}></mentor-directory>`;
    }
  }

  private renderTabs(tabs: HubTab[], tab: HubTab): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const names: Record<HubTab, string> = { find: t('tabFind'), sessions: t('tabSessions'), mentors: t('tabMentors'), messages: t('tabMessages'), dashboard: t('tabDashboard') };
    const unread = this.unreadMessages.count;
    return html`<div role="tablist" part="tabs" class="tabs" aria-label=${t('hubSections')} @keydown=${this.keydown}>
      ${tabs.map(
        (id) => html`<button role="tab" part="tab" id=${`hub-tab-${id}`} type="button" aria-controls="hub-panel" aria-selected=${id === tab ? 'true' : 'false'}
          tabindex=${id === tab ? '0' : '-1'} aria-label=${id === 'messages' && unread > 0 ? t('tabMessagesUnread', unread) : nothing} @click=${() => this.select(id)}>${names[id]}${id === 'messages' && unread > 0
            ? html` <span class="count" part="unread-badge" aria-hidden="true">${unread}</span>`
            : nothing}</button>`,
      )}
    </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    const user = this.auth.user;
    const lang = this.localize.locale;
    if (user === undefined) return renderLoading(this.localize);
    if (user === null) return html`<mentor-sign-in part="sign-in" lang=${lang} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    // The bell is for signed-in members only: loaded on sign-in, not in the first load.
    void import('./notification-bell.js');
    const header = html`<div class="header" part="header">
      <mentor-notification-bell lang=${lang} theme=${this.theme ?? nothing} @mentor-notification-select=${this.openNotification}></mentor-notification-bell>
      <mentor-sign-in lang=${lang} theme=${this.theme ?? nothing}></mentor-sign-in>
    </div>`;
    const tabs = this.tabs;
    // SPEC C6: a member who is only a mentor lands on the mentor dashboard.
    if (user.home === 'mentor-dashboard') {
      const tab = tabs.includes(this.tab) ? this.tab : 'dashboard';
      return html`<section part="base" aria-label=${t('dashboardLabel')} data-home="mentor-dashboard" @mentor-message-open=${this.openMessages}>${header}
        ${this.renderTabs(tabs, tab)}
        <div id="hub-panel" part="panel" role="tabpanel" aria-labelledby=${`hub-tab-${tab}`}>
          ${tab === 'messages' ? this.renderPanel() : html`<mentor-dashboard lang=${lang} theme=${this.theme ?? nothing} time-zone=${this.timeZone || nothing}></mentor-dashboard>`}
        </div></section>`;
    }
    const tab = tabs.includes(this.tab) ? this.tab : 'find';
    return html`<section part="base" aria-labelledby="hub-title" data-home="mentorship-hub" @mentor-message-open=${this.openMessages}>
      ${header}
      <h2 id="hub-title">${t('hubWelcome', user.member.name)}</h2>
      ${this.renderTabs(tabs, tab)}
      <div id="hub-panel" part="panel" role="tabpanel" aria-labelledby=${`hub-tab-${tab}`}>${this.renderPanel()}</div>
    </section>`;
  }
}
