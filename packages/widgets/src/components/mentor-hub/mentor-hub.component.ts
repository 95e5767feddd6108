import type { Mentorship } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClientProviderController } from '../../base/client-provider.js';
import type { MentorMentorSelectEvent, MentorSessionJoinEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import { hubStyles } from './mentor-hub.styles.js';
import { renderMyMentors } from './my-mentors.js';

/** The hub's sections. */
export type HubTab = 'find' | 'sessions' | 'mentors' | 'dashboard';

/**
 * @tagname mentor-hub
 * @summary The whole member experience in one tag, routed by role (SPEC C6): signed out → sign-in;
 * mentor only → the mentor dashboard; everyone else → tabs for finding a mentor, my sessions, my mentors
 * and (for mentors) the dashboard. Takes a host `identity-token` (C4).
 *
 * @fires mentor-signed-in - From the inner sign-in.
 * @fires mentor-signed-out - From the inner sign-in.
 * @fires mentor-session-create - A booking was sent from a mentor's page.
 * @fires mentor-session-update - A session changed in a list or the dashboard.
 * @fires mentor-mentor-select - A mentor was chosen in the directory (the hub then shows that mentor's page).
 * @fires mentor-room-join - From the video room the hub opens in place when Join is pressed.
 * @fires mentor-room-leave - From the video room (the hub then returns to the sessions).
 *
 * @csspart base - The outer section.
 * @csspart header - The welcome line and sign-out.
 * @csspart tabs - The section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section.
 * @csspart back - "Back to all mentors" on a mentor's page, "Back to my sessions" from the video room.
 * @csspart room - The `<mentor-video-room>` opened by Join.
 * @csspart mentors - The "My mentors" list.
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
  /** The session whose video room is open in place of the hub's sections. */
  @state() private roomSessionId?: string;

  protected readonly provider = new ClientProviderController(this, () => this.client);

  private readonly mentorships = new Task(this, {
    args: () => [this.client, this.tab === 'mentors' ? this.auth.user?.member.id : undefined] as const,
    task: async ([client, memberId], { signal }): Promise<Mentorship[] | undefined> => {
      if (!client || !memberId) return undefined;
      return (await client.listMyMentorships({ role: 'mentee' }, { signal })).items;
    },
  });

  private get tabs(): HubTab[] {
    const roles = this.auth.user?.roles;
    return roles?.isMentor ? ['find', 'sessions', 'mentors', 'dashboard'] : ['find', 'sessions', 'mentors'];
  }

  private select(tab: HubTab, focus = false): void {
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`#hub-tab-${tab}`)?.focus());
  }

  private keydown(event: KeyboardEvent): void {
    const tabs = this.tabs;
    const index = tabs.indexOf(this.tab);
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

  private renderPanel(): TemplateResult {
    const lang = this.localize.locale;
    const theme = this.theme ?? nothing;
    const zone = this.timeZone || nothing;
    switch (this.tab) {
      case 'sessions':
        return html`<mentor-session-list lang=${lang} theme=${theme} time-zone=${zone}></mentor-session-list>`;
      case 'mentors':
        if (this.mentorships.status === TaskStatus.ERROR) return renderError(this.localize, this.mentorships.error, () => this.mentorships.run());
        return this.mentorships.value ? renderMyMentors(this.localize, this.mentorships.value, this.timeZone || viewerTimeZone()) : renderLoading(this.localize);
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

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    const user = this.auth.user;
    const lang = this.localize.locale;
    if (user === undefined) return renderLoading(this.localize);
    if (user === null) return html`<mentor-sign-in part="sign-in" lang=${lang} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    const header = html`<div class="header" part="header"><mentor-sign-in lang=${lang} theme=${this.theme ?? nothing}></mentor-sign-in></div>`;
    // SPEC C6: a member who is only a mentor lands on the mentor dashboard.
    if (user.home === 'mentor-dashboard') {
      return html`<section part="base" aria-label=${t('dashboardLabel')} data-home="mentor-dashboard" @mentor-session-join=${this.openRoom}>${header}
        ${this.roomSessionId ? this.renderRoom(this.roomSessionId) : html`<mentor-dashboard lang=${lang} theme=${this.theme ?? nothing} time-zone=${this.timeZone || nothing}></mentor-dashboard>`}</section>`;
    }
    if (this.roomSessionId) {
      return html`<section part="base" aria-label=${t('hubSections')} data-home="mentorship-hub">${header}${this.renderRoom(this.roomSessionId)}</section>`;
    }
    const tabs = this.tabs;
    const tab = tabs.includes(this.tab) ? this.tab : 'find';
    const names: Record<HubTab, string> = { find: t('tabFind'), sessions: t('tabSessions'), mentors: t('tabMentors'), dashboard: t('tabDashboard') };
    return html`<section part="base" aria-labelledby="hub-title" data-home="mentorship-hub" @mentor-session-join=${this.openRoom}>
      ${header}
      <h2 id="hub-title">${t('hubWelcome', user.member.name)}</h2>
      <div role="tablist" part="tabs" class="tabs" aria-label=${t('hubSections')} @keydown=${this.keydown}>
        ${tabs.map(
          (id) => html`<button role="tab" part="tab" id=${`hub-tab-${id}`} type="button" aria-controls="hub-panel" aria-selected=${id === tab ? 'true' : 'false'}
            tabindex=${id === tab ? '0' : '-1'} @click=${() => this.select(id)}>${names[id]}</button>`,
        )}
      </div>
      <div id="hub-panel" part="panel" role="tabpanel" aria-labelledby=${`hub-tab-${tab}`}>${this.renderPanel()}</div>
    </section>`;
  }
}
