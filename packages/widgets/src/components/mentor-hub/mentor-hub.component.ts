import type { Mentorship } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClientProviderController } from '../../base/client-provider.js';
import type { MentorMentorSelectEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import { hubStyles } from './mentor-hub.styles.js';
import { renderMyMentors } from './my-mentors.js';

/** The hub's sections. */
export type HubTab = 'find' | 'sessions' | 'mentors' | 'dashboard' | 'settings';

/**
 * The section an email link asks for, from the page's fragment (`#community=…&view=settings`, or
 * `&session=…` for a session): links in MentorKit emails open the hub this way.
 */
function tabFromLocation(community: string | undefined): HubTab | undefined {
  if (typeof location === 'undefined' || !location.hash) return undefined;
  const params = new URLSearchParams(location.hash.slice(1));
  if (community && params.get('community') && params.get('community') !== community) return undefined;
  if (params.get('view') === 'settings') return 'settings';
  if (params.has('session')) return 'sessions';
  return undefined;
}

/**
 * @tagname mentor-hub
 * @summary The whole member experience in one tag, routed by role (SPEC C6): signed out → sign-in;
 * mentor only → the mentor dashboard (and settings); everyone else → tabs for finding a mentor, my
 * sessions, my mentors, (for mentors) the dashboard, and settings (email and calendar feed, N1/N2).
 * Takes a host `identity-token` (C4). Opens the section an email link names in the page's fragment.
 *
 * @fires mentor-signed-in - From the inner sign-in.
 * @fires mentor-signed-out - From the inner sign-in.
 * @fires mentor-session-create - A booking was sent from a mentor's page.
 * @fires mentor-session-update - A session changed in a list or the dashboard.
 * @fires mentor-mentor-select - A mentor was chosen in the directory (the hub then shows that mentor's page).
 *
 * @csspart base - The outer section.
 * @csspart header - The welcome line and sign-out.
 * @csspart tabs - The section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section.
 * @csspart back - "Back to all mentors" on a mentor's page.
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

  /** The open section (default `find`; mentor-only members start on the dashboard). */
  @property({ reflect: true }) tab: HubTab = 'find';
  /** The viewer's IANA zone for every time shown (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** The mentor whose page is open inside "Find a mentor". */
  @state() private mentorId?: string;

  protected readonly provider = new ClientProviderController(this, () => this.client);

  private readonly mentorships = new Task(this, {
    args: () => [this.client, this.tab === 'mentors' ? this.auth.user?.member.id : undefined] as const,
    task: async ([client, memberId], { signal }): Promise<Mentorship[] | undefined> => {
      if (!client || !memberId) return undefined;
      return (await client.listMyMentorships({ role: 'mentee' }, { signal })).items;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const linked = tabFromLocation(this.config.community);
    if (linked && !this.hasAttribute('tab')) this.tab = linked;
  }

  private get mentorOnly(): boolean {
    return this.auth.user?.home === 'mentor-dashboard';
  }

  private get tabs(): HubTab[] {
    if (this.mentorOnly) return ['dashboard', 'settings'];
    const roles = this.auth.user?.roles;
    return roles?.isMentor ? ['find', 'sessions', 'mentors', 'dashboard', 'settings'] : ['find', 'sessions', 'mentors', 'settings'];
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

  private renderPanel(tab: HubTab): TemplateResult {
    const lang = this.localize.locale;
    const theme = this.theme ?? nothing;
    const zone = this.timeZone || nothing;
    switch (tab) {
      case 'sessions':
        return html`<mentor-session-list lang=${lang} theme=${theme} time-zone=${zone}></mentor-session-list>`;
      case 'mentors':
        if (this.mentorships.status === TaskStatus.ERROR) return renderError(this.localize, this.mentorships.error, () => this.mentorships.run());
        return this.mentorships.value ? renderMyMentors(this.localize, this.mentorships.value, this.timeZone || viewerTimeZone()) : renderLoading(this.localize);
      case 'dashboard':
        return html`<mentor-dashboard lang=${lang} theme=${theme} time-zone=${zone}></mentor-dashboard>`;
      case 'settings':
        // Loaded on first use (a lazy chunk in the CDN bundle); the element upgrades when it arrives.
        void import('./mentor-notification-settings.js');
        return html`<mentor-notification-settings lang=${lang} theme=${theme}></mentor-notification-settings>`;
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
    const tabs = this.tabs;
    // SPEC C6: a member who is only a mentor lands on the mentor dashboard.
    const tab = tabs.includes(this.tab) ? this.tab : tabs[0]!;
    const names: Record<HubTab, string> = { find: t('tabFind'), sessions: t('tabSessions'), mentors: t('tabMentors'), dashboard: t('tabDashboard'), settings: t('tabSettings') };
    const home = this.mentorOnly ? 'mentor-dashboard' : 'mentorship-hub';
    return html`<section part="base" aria-labelledby="hub-title" data-home=${home}>
      ${header}
      <h2 id="hub-title" class=${this.mentorOnly ? 'visually-hidden' : ''}>${this.mentorOnly ? t('dashboardLabel') : t('hubWelcome', user.member.name)}</h2>
      <div role="tablist" part="tabs" class="tabs" aria-label=${t('hubSections')} @keydown=${this.keydown}>
        ${tabs.map(
          (id) => html`<button role="tab" part="tab" id=${`hub-tab-${id}`} type="button" aria-controls="hub-panel" aria-selected=${id === tab ? 'true' : 'false'}
            tabindex=${id === tab ? '0' : '-1'} @click=${() => this.select(id)}>${names[id]}</button>`,
        )}
      </div>
      <div id="hub-panel" part="panel" role="tabpanel" aria-labelledby=${`hub-tab-${tab}`}>${this.renderPanel(tab)}</div>
    </section>`;
  }
}
