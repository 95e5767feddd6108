import type { Dashboard } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';

type AdminDashboard = Extract<Dashboard, { view: 'admin' }>;

/** Sessions per week as CSS bars (they stay readable at 375 px), the numbers also given as text to screen readers. */
function renderSessionsChart(localize: LocalizeController, weeks: AdminDashboard['sessionsPerWeek']): TemplateResult {
  const t = localize.t.bind(localize);
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const label = (weekStart: string) => localize.dateTime(`${weekStart.slice(0, 10)}T12:00:00Z`, 'UTC', { month: 'short', day: 'numeric' });
  const summary = weeks.map((w) => t('adminWeekCount', label(w.weekStart), w.count)).join('; ');
  return html`<figure>
    <figcaption><h3>${t('adminSessionsPerWeek')}</h3></figcaption>
    <div class="chart" part="chart" role="img" aria-label=${`${t('adminSessionsPerWeek')}: ${summary}`}>
      ${weeks.map(
        (w) => html`<div class="bar-column" aria-hidden="true">
          <span class="bar-value">${w.count}</span>
          <span class="bar" style=${styleMap({ height: `${(w.count / max) * 100}%` })}></span>
          <span class="bar-label">${label(w.weekStart)}</span>
        </div>`,
      )}
    </div>
  </figure>`;
}

/** The admin dashboard (SPEC D3): numbers, sessions per week and the most common expertise. */
export function renderAdminOverview(localize: LocalizeController, data: AdminDashboard): TemplateResult {
  const t = localize.t.bind(localize);
  const stats: [string, number][] = [
    [t('adminStatAwaiting'), data.mentorsAwaitingApproval],
    [t('adminStatMembers'), data.memberCount],
    [t('adminStatSessionsLastWeek'), data.sessionsPerWeek.at(-1)?.count ?? 0],
  ];
  return html`<dl class="stats" part="stats">
      ${stats.map(([label, value]) => html`<div class="stat" part="stat"><dt>${label}</dt><dd>${localize.number(value, 0)}</dd></div>`)}
    </dl>
    ${renderSessionsChart(localize, data.sessionsPerWeek)}
    <h3>${t('adminTopExpertise')}</h3>
    ${data.topExpertise.length === 0
      ? html`<p class="muted">${t('adminNoExpertise')}</p>`
      : html`<ul class="tag-list" part="expertise">${data.topExpertise.map((e) => html`<li class="tag">${e.tag} <span class="muted">${e.count}</span></li>`)}</ul>`}`;
}
