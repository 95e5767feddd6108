import type { Dashboard } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { adminStrings } from './admin.strings.js';

type AdminDashboard = Extract<Dashboard, { view: 'admin' }>;

/** Sessions per week as CSS bars (they stay readable at 375 px), the numbers also given as text to screen readers. */
function renderSessionsChart(localize: LocalizeController, weeks: AdminDashboard['sessionsPerWeek']): TemplateResult {
  const s = localize.strings(adminStrings);
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const label = (weekStart: string) => localize.dateTime(`${weekStart.slice(0, 10)}T12:00:00Z`, 'UTC', { month: 'short', day: 'numeric' });
  const summary = weeks.map((w) => s.weekCount(label(w.weekStart), w.count)).join('; ');
  return html`<figure>
    <figcaption><h3>${s.sessionsPerWeek}</h3></figcaption>
    <div class="chart" part="chart" role="img" aria-label=${`${s.sessionsPerWeek}: ${summary}`}>
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
  const s = localize.strings(adminStrings);
  const stats: [string, number][] = [
    [s.statAwaiting, data.mentorsAwaitingApproval],
    [s.statMembers, data.memberCount],
    [s.statSessionsLastWeek, data.sessionsPerWeek.at(-1)?.count ?? 0],
  ];
  return html`<dl class="stats" part="stats">
      ${stats.map(([label, value]) => html`<div class="stat" part="stat"><dt>${label}</dt><dd>${localize.number(value, 0)}</dd></div>`)}
    </dl>
    ${renderSessionsChart(localize, data.sessionsPerWeek)}
    <h3>${s.topExpertise}</h3>
    ${
      data.topExpertise.length === 0
        ? html`<p class="muted">${s.noExpertise}</p>`
        : html`<ul class="tag-list" part="expertise">${data.topExpertise.map((e) => html`<li class="tag">${e.tag} <span class="muted">${e.count}</span></li>`)}</ul>`
    }`;
}
