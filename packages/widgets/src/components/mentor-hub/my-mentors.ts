import type { Mentorship } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderEmpty } from '../../shared/states.js';

const statusKeys = { accepted: 'mentorshipActive', pending: 'mentorshipRequested', declined: 'mentorshipDeclined', ended: 'mentorshipEnded' } as const;

/** "My mentors" (SPEC R3): each mentorship with its status and totals. */
export function renderMyMentors(localize: LocalizeController, items: Mentorship[], timeZone: string, onMessage: (m: Mentorship) => void): TemplateResult {
  const t = localize.t.bind(localize);
  if (items.length === 0) return renderEmpty(t('myMentorsEmpty'));
  return html`<ul class="mentors" part="mentors">
    ${items.map(
      (m) => html`<li class="mentor">
        <h3>${m.mentor.name} <span class="badge">${t(statusKeys[m.status])}</span></h3>
        <p>${t('relationshipStats', m.stats.completedSessions, localize.number(m.stats.totalHours))}</p>
        ${m.stats.lastSessionAt ? html`<p class="muted">${t('lastSession', localize.dateTime(m.stats.lastSessionAt, timeZone, { dateStyle: 'medium' }))}</p>` : ''}
        ${m.stats.topics.length ? html`<p class="muted">${t('topicsCovered', m.stats.topics.join(', '))}</p>` : ''}
        ${m.status !== 'declined'
          ? html`<button class="button secondary" part="message-button" type="button" aria-label=${t('messageTo', m.mentor.name)} @click=${() => onMessage(m)}>${t('message')}</button>`
          : ''}
      </li>`,
    )}
  </ul>`;
}
