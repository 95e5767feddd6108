import type { Dashboard } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

type MenteeDashboard = Extract<Dashboard, { view: 'mentee' }>;

/** The mentee's figures (SPEC D2): active mentors, upcoming sessions, hours, sessions awaiting a rating. */
export function renderMenteeStats(localize: LocalizeController, data: MenteeDashboard): TemplateResult {
  const t = localize.t.bind(localize);
  const stats: [string, string, string][] = [
    ['active-mentors', t('statActiveMentors'), localize.number(data.activeMentors, 0)],
    ['upcoming', t('statUpcoming'), localize.number(data.upcoming.count, 0)],
    ['hours', t('statTotalHours'), localize.number(data.totalHours)],
    ['awaiting-feedback', t('statAwaitingFeedback'), localize.number(data.awaitingFeedback.count, 0)],
  ];
  return html`<dl class="stats" part="stats" aria-label=${t('menteeStatsLabel')}>
    ${stats.map(
      ([id, label, value]) => html`<div class="stat" part="stat" data-stat=${id}>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`,
    )}
  </dl>`;
}
