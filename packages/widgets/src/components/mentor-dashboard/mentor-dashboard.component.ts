import { realtimeEvents, type Dashboard } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadElement } from '../../base/define-on-first-use.js';
import { MentorElement } from '../../base/mentor-element.js';
import { RealtimeController } from '../../base/realtime-controller.js';
import { TabsController } from '../../base/tabs-controller.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { statStyles } from '../../styles/stats.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import type { MentorSessionList } from '../mentor-session-list/mentor-session-list.component.js';
import { renderDashboardStats } from './dashboard-stats.js';
import { dashboardStyles } from './mentor-dashboard.styles.js';

/** The dashboard's sections. */
export type DashboardTab = 'overview' | 'students' | 'availability' | 'profile';
const TABS: DashboardTab[] = ['overview', 'students', 'availability', 'profile'];

/**
 * @tagname mentor-dashboard
 * @summary The mentor's dashboard (SPEC D1, A1–A3, M1, M3, S2, S4): stats, pending requests to confirm or
 * decline, upcoming sessions with meeting links, the availability editor and the profile editor with photo
 * upload. Inner elements: `<mentor-session-list>`, `<mentor-availability-editor>`, `<mentor-profile-editor>`.
 *
 * @fires mentor-session-update - A request was confirmed or declined, a session cancelled, completed, or its
 *   meeting link set (from the inner lists).
 * @fires mentor-availability-update - Availability or booking rules were saved; `detail.availability`.
 * @fires mentor-profile-update - The profile or photo was saved; `detail.profile`.
 *
 * @csspart base - The outer section.
 * @csspart tabs - The Overview / Availability / Profile tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section.
 * @csspart stats - The numbers (D1).
 * @csspart stat - One number card.
 * @csspart pending - The pending requests list.
 * @csspart upcoming - The upcoming sessions list.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Tabs, buttons and numbers.
 * @cssprop --mentor-surface - Stat cards and session cards.
 * @cssprop --mentor-border - Borders.
 * @cssprop --mentor-radius - Corner radius.
 * @cssprop --mentor-spacing - Gaps.
 */
export class MentorDashboard extends MentorElement {
  static override styles = [sharedStyles, tabStyles, statStyles, dashboardStyles];

  /** The open section: `overview` (default), `students`, `availability` or `profile`. */
  @property({ reflect: true }) tab: DashboardTab = 'overview';
  /** The viewer's IANA zone for session times (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private reloads = 0;

  private readonly tabs = new TabsController<DashboardTab>(this, {
    tabs: () => TABS,
    selected: () => this.tab,
    select: (tab) => (this.tab = tab),
    idPrefix: 'dash-tab-',
    panelId: 'dash-panel',
  });

  private readonly stats = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id, this.auth.user?.roles.isMentor, this.reloads] as const,
    task: async ([client, memberId, isMentor], { signal }): Promise<Dashboard | undefined> => {
      if (!client) throw new Error('not configured');
      if (!memberId || !isMentor) return undefined;
      return client.getDashboard({ view: 'mentor' }, { signal });
    },
  });

  /** Live: a session changed elsewhere (a new request, a cancellation): the numbers follow; the lists follow by themselves. */
  protected readonly live = new RealtimeController(this, () => ({ client: this.client, memberId: this.auth.user?.member.id }), {
    onEvent: (event) => {
      if (event === realtimeEvents.sessionUpdated) this.reloads++;
    },
    catchUp: () => this.reloads++,
  });

  /** After a change in one list, refresh the numbers and the other list. */
  private sessionUpdated(event: Event): void {
    this.reloads++;
    for (const list of this.shadowRoot?.querySelectorAll<MentorSessionList>('mentor-session-list') ?? []) {
      if (!event.composedPath().includes(list)) list.refresh();
    }
  }

  private renderOverview(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const data = this.stats.value;
    return html`${
      this.stats.status === TaskStatus.ERROR
        ? renderError(this.localize, this.stats.error, () => this.stats.run())
        : data?.view === 'mentor'
          ? renderDashboardStats(this.localize, data)
          : renderLoading(this.localize)
    }
      <div class="columns" @mentor-session-update=${this.sessionUpdated}>
        ${this.renderSessionSection('pending', 'pending', t('pendingHeading'), t('noPendingRequests'))}
        ${this.renderSessionSection('upcoming', 'confirmed', t('upcomingHeading'), t('noUpcomingConfirmed'))}
      </div>`;
  }

  /** One of the overview's two columns: the mentor's sessions in `status`, five at a time. */
  private renderSessionSection(
    part: 'pending' | 'upcoming',
    status: 'pending' | 'confirmed',
    heading: string,
    emptyText: string,
  ): TemplateResult {
    return html`<section aria-labelledby=${`${part}-title`}>
      <h3 id=${`${part}-title`}>${heading}</h3>
      <mentor-session-list part=${part} session-role="mentor" status=${status} time="upcoming" hide-filters page-size="5"
        lang=${this.localize.locale} theme=${this.theme ?? nothing} time-zone=${this.timeZone || nothing}
        label=${heading} empty-text=${emptyText}></mentor-session-list>
    </section>`;
  }

  private renderPanel(): TemplateResult {
    const lang = this.localize.locale;
    switch (this.tab) {
      case 'availability':
        return html`<mentor-availability-editor lang=${lang} theme=${this.theme ?? nothing}></mentor-availability-editor>`;
      case 'students':
        loadElement('mentor-relationships', () => import('../mentor-relationships/mentor-relationships.js'));
        return html`<mentor-relationships view-as="mentor" lang=${lang} theme=${this.theme ?? nothing} time-zone=${this.timeZone || nothing}></mentor-relationships>`;
      case 'profile':
        return html`<mentor-profile-editor lang=${lang} theme=${this.theme ?? nothing}></mentor-profile-editor>`;
      default:
        return this.renderOverview();
    }
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    const user = this.auth.user;
    if (user === undefined) return renderLoading(this.localize);
    if (user === null)
      return html`<p>${t('errorSignInRequired')}</p><mentor-sign-in lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    if (!user.roles.isMentor) return html`<div class="state empty" part="empty" role="status"><p>${t('notAMentor')}</p></div>`;
    const names = { overview: t('tabOverview'), students: t('tabStudents'), availability: t('tabAvailability'), profile: t('tabProfile') };
    return html`<section part="base" aria-labelledby="dash-title">
      <h2 id="dash-title">${t('dashboardLabel')}</h2>
      ${this.tabs.render({ label: t('dashboardSections'), part: 'tabs', tabPart: 'tab', content: (tab) => names[tab] })}
      <div id="dash-panel" part="panel" role="tabpanel" aria-labelledby=${this.tabs.selectedId}>${this.renderPanel()}</div>
    </section>`;
  }
}
