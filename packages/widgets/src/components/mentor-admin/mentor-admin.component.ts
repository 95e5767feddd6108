import type { Dashboard } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClientProviderController } from '../../base/client-provider.js';
import { MentorElement } from '../../base/mentor-element.js';
import { renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tabStyles } from '../../styles/tabs.styles.js';
import { renderEmbed } from './admin-embed.js';
import { renderAdminOverview } from './admin-overview.js';
import { adminStyles } from './mentor-admin.styles.js';
import { adminStrings } from './admin.strings.js';

/** The console's sections. */
export type AdminTab = 'overview' | 'applications' | 'members' | 'settings' | 'embed';
const TABS: AdminTab[] = ['overview', 'applications', 'members', 'settings', 'embed'];

/**
 * @tagname mentor-admin
 * @summary The site owner's console (SPEC E8) for community admins: the admin dashboard (D3) with
 * sessions per week, mentor applications to approve or reject, members with search, the admin flag and
 * roster import (CSV / JSON), community settings with a brand preview, and copy-paste embed snippets.
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
  static override styles = [sharedStyles, tabStyles, adminStyles];

  /** The open section (default `overview`). */
  @property({ reflect: true }) tab: AdminTab = 'overview';

  @state() private copied?: string;

  protected readonly provider = new ClientProviderController(this, () => this.client);

  private readonly dashboard = new Task(this, {
    args: () => [this.client, this.auth.user?.roles.isAdmin ? this.auth.user.member.id : undefined, this.tab === 'overview'] as const,
    task: async ([client, adminId, visible], { signal }): Promise<Dashboard | undefined> => {
      if (!client || !adminId || !visible) return this.dashboard.value;
      return client.getDashboard({ view: 'admin' }, { signal });
    },
  });

  private select(tab: AdminTab, focus = false): void {
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`#admin-tab-${tab}`)?.focus());
  }

  private keydown(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(TABS[(next + TABS.length) % TABS.length]!, true);
  }

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
      case 'embed': {
        const config = this.config;
        const apiBase = config.apiBase ?? location.origin;
        return renderEmbed(this.localize, apiBase.replace(/\/$/, ''), config.community ?? '', this.copied, (id, code) => void this.copy(id, code));
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
      embed: s.tabEmbed,
    };
    return html`<section part="base" aria-labelledby="admin-title">
      <h2 id="admin-title">${s.title}</h2>
      <div role="tablist" part="tabs" class="tabs" aria-label=${s.sections} @keydown=${this.keydown}>
        ${TABS.map(
          (tab) => html`<button role="tab" part="tab" id=${`admin-tab-${tab}`} type="button" aria-controls="admin-panel"
            aria-selected=${tab === this.tab ? 'true' : 'false'} tabindex=${tab === this.tab ? '0' : '-1'} @click=${() => this.select(tab)}>${names[tab]}</button>`,
        )}
      </div>
      <div id="admin-panel" part="panel" role="tabpanel" aria-labelledby=${`admin-tab-${this.tab}`}>${this.renderPanel()}</div>
    </section>`;
  }
}
