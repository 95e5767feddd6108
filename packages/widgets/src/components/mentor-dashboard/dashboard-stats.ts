import type { Dashboard } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

type MentorDashboardData = Extract<Dashboard, { view: 'mentor' }>;

/** The D1 numbers as a description list (one card each). */
export function renderDashboardStats(localize: LocalizeController, data: MentorDashboardData): TemplateResult {
  const t = localize.t.bind(localize);
  const rating = data.averageRating === null ? '—' : localize.number(data.averageRating);
  const stats: [string, string, string?][] = [
    [t('statTotalSessions'), localize.number(data.totalSessions, 0)],
    [t('statCompletedToday'), localize.number(data.completedToday, 0)],
    [t('statUpcoming'), localize.number(data.upcoming.count, 0)],
    [t('statPending'), localize.number(data.pendingRequests, 0)],
    [t('statStudents'), localize.number(data.totalStudents, 0)],
    [t('statRating'), rating, data.averageRating === null ? t('noRatings') : t('rating', rating, data.ratingCount)],
    [t('statHours'), localize.number(data.totalHours)],
  ];
  return html`<dl class="stats" part="stats" aria-label=${t('statsLabel')}>
    ${stats.map(
      ([label, value, description]) => html`<div class="stat" part="stat">
        <dt>${label}</dt>
        <dd><span class="value">${value}</span>${description ? html`<span class="visually-hidden"> (${description})</span>` : ''}</dd>
      </div>`,
    )}
  </dl>`;
}
