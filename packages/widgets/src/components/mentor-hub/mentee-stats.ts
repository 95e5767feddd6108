import type { Dashboard } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { hubStrings } from './hub.strings.js';

type MenteeDashboard = Extract<Dashboard, { view: 'mentee' }>;

/** The mentee's figures (SPEC D2): active mentors, upcoming sessions, hours, sessions awaiting a rating. */
export function renderMenteeStats(localize: LocalizeController, data: MenteeDashboard): TemplateResult {
  const t = localize.t.bind(localize);
  const s = localize.strings(hubStrings);
  const stats: [string, string, string][] = [
    ['active-mentors', s.statActiveMentors, localize.number(data.activeMentors, 0)],
    ['upcoming', t('statUpcoming'), localize.number(data.upcoming.count, 0)],
    ['hours', s.statTotalHours, localize.number(data.totalHours)],
    ['awaiting-feedback', s.statAwaitingFeedback, localize.number(data.awaitingFeedback.count, 0)],
  ];
  return html`<dl class="stats" part="stats" aria-label=${s.menteeStatsLabel}>
    ${stats.map(
      ([id, label, value]) => html`<div class="stat" part="stat" data-stat=${id}>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`,
    )}
  </dl>`;
}
