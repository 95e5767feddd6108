import { html, nothing, type TemplateResult } from 'lit';
import type { TabsController } from '../../base/tabs-controller.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** Which of the viewer's sessions to list. */
export type SessionRole = 'all' | 'mentor' | 'mentee';
/** Upcoming (soonest first), past (latest first) or all. */
export type SessionTime = 'upcoming' | 'past' | 'all';

/** What the filter bar needs from its list. */
export interface SessionFiltersContext {
  localize: LocalizeController;
  /** The role tabs (shown only for members who are both mentor and mentee). */
  roleTabs?: TabsController<SessionRole>;
  time: SessionTime;
  onTime(time: SessionTime): void;
}

/** The role tabs, in order. */
export const roleTabs: readonly SessionRole[] = ['all', 'mentor', 'mentee'];

/** The role tabs (mentor / mentee / all) and the upcoming / past switch above a session list. */
export function renderSessionFilters(ctx: SessionFiltersContext): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const names = { all: t('roleAll'), mentor: t('roleMentor'), mentee: t('roleMentee') };
  return html`<div class="filters">
    ${ctx.roleTabs ? ctx.roleTabs.render({ label: t('roleTabsLabel'), part: 'role-tabs', content: (role) => names[role] }) : nothing}
    <div role="group" part="time-filter" class="segmented" aria-label=${t('timeFilterLabel')}>
      ${(['upcoming', 'past'] as const).map(
        (time) => html`<button type="button" aria-pressed=${ctx.time === time ? 'true' : 'false'} @click=${() => ctx.onTime(time)}>
          ${time === 'upcoming' ? t('timeUpcoming') : t('timePast')}</button>`,
      )}
    </div>
  </div>`;
}
