import type { Dashboard } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadElement } from '../../base/define-on-first-use.js';
import { MentorElement } from '../../base/mentor-element.js';
import { TabsController } from '../../base/tabs-controller.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { formLayoutStyles } from '../../styles/form-layout.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { statStyles } from '../../styles/stats.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import { renderEmbed } from './admin-embed.js';
import { renderAdminOverview } from './admin-overview.js';
import { adminStyles } from './mentor-admin.styles.js';
import { adminStrings } from './admin.strings.js';

/** The console's sections. */
export type AdminTab = 'overview' | 'applications' | 'members' | 'settings' | 'webhooks' | 'embed';
const TABS: AdminTab[] = ['overview', 'applications', 'members', 'settings', 'webhooks', 'embed'];

/**
 * @tagname mentor-admin
 * @summary The site owner's console (SPEC E8) for community admins: the admin dashboard (D3) with
 * sessions per week, mentor applications to approve or reject, members with search, the admin flag and
 * roster import (CSV / JSON), community settings with a brand preview, webhook endpoints with their recent
 * deliveries (`<mentor-webhooks>`), and copy-paste embed snippets.
 * Members who are not admins see a plain refusal; signed-out visitors the sign-in.
 *
 * @csspart base - The outer section.
 * @csspart tabs - The section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The visible section.
 * @csspart stats - The D3 numbers.
 * @csspart chart - Sessions per week.
 * @csspart snippet - One embed snippet.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-accent - Tabs, buttons, numbers and chart bars.
 * @cssprop --mentor-surface - Cards.
 * @cssprop --mentor-border - Borders and the tab underline.
 */
export class MentorAdmin extends MentorElement {
  static override styles = [sharedStyles, tabStyles, statStyles, formLayoutStyles, adminStyles];

  /** The open section (default `overview`). */
  @property({ reflect: true }) tab: AdminTab = 'overview';

  @state() private copied?: string;

  private readonly tabs = new TabsController<AdminTab>(this, {
    tabs: () => TABS,
    selected: () => this.tab,
    select: (tab) => (this.tab = tab),
    idPrefix: 'admin-tab-',
    panelId: 'admin-panel',
  });

  private readonly dashboard = new Task(this, {
    args: () => [this.client, this.auth.user?.roles.isAdmin ? this.auth.user.member.id : undefined, this.tab === 'overview'] as const,
    task: async ([client, adminId, visible], { signal }): Promise<Dashboard | undefined> => {
      if (!client || !adminId || !visible) return this.dashboard.value;
      return client.getDashboard({ view: 'admin' }, { signal });
    },
  });

  private async copy(id: string, code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.copied = id;
    } catch {
      // Clipboard refused (no permission or no secure context): select the text so Ctrl+C works.
      const pre = [...(this.shadowRoot?.querySelectorAll('pre') ?? [])].find((p) => p.textContent === code);
      if (pre) window.getSelection()?.selectAllChildren(pre);
    }
  }

  private renderPanel(): TemplateResult {
    const lang = this.localize.locale;
    const theme = this.theme ?? nothing;
    switch (this.tab) {
      case 'applications':
        return html`<mentor-admin-applications lang=${lang} theme=${theme}></mentor-admin-applications>`;
      case 'members':
        return html`<mentor-admin-members lang=${lang} theme=${theme}></mentor-admin-members>`;
      case 'settings':
        return html`<mentor-admin-settings lang=${lang} theme=${theme}></mentor-admin-settings>`;
      case 'webhooks':
        // Loaded on first use: most visits to the console never open this section.
        loadElement('mentor-webhooks', () => import('../mentor-webhooks/mentor-webhooks.js'));
        return html`<mentor-webhooks lang=${lang} theme=${theme}></mentor-webhooks>`;
      case 'embed': {
        const config = this.config;
        const apiBase = config.apiBase ?? location.origin;
        return renderEmbed(
          this.localize,
          apiBase.replace(/\/$/, ''),
          config.community ?? '',
          this.copied,
          (id, code) => void this.copy(id, code),
        );
      }
      default: {
        if (this.dashboard.status === TaskStatus.ERROR) return renderError(this.localize, this.dashboard.error, () => this.dashboard.run());
        const data = this.dashboard.value;
        return data?.view === 'admin' ? renderAdminOverview(this.localize, data) : renderLoading(this.localize);
      }
    }
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(adminStrings);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    const user = this.auth.user;
    if (user === undefined) return renderLoading(this.localize);
    if (user === null) return html`<mentor-sign-in lang=${this.localize.locale} theme=${this.theme ?? nothing}></mentor-sign-in>`;
    if (!user.roles.isAdmin) return html`<div class="state error" part="error" role="alert"><p>${s.only}</p></div>`;
    const names: Record<AdminTab, string> = {
      overview: s.tabOverview,
      applications: s.tabApplications,
      members: s.tabMembers,
      settings: s.tabSettings,
      webhooks: s.tabWebhooks,
      embed: s.tabEmbed,
    };
    return html`<section part="base" aria-labelledby="admin-title">
      <h2 id="admin-title">${s.title}</h2>
      ${this.tabs.render({ label: s.sections, part: 'tabs', tabPart: 'tab', content: (tab) => names[tab] })}
      <div id="admin-panel" part="panel" role="tabpanel" aria-labelledby=${this.tabs.selectedId}>${this.renderPanel()}</div>
    </section>`;
  }
}
