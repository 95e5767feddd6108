import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** Which of the viewer's sessions to list. */
export type SessionRole = 'all' | 'mentor' | 'mentee';
/** Upcoming (soonest first), past (latest first) or all. */
export type SessionTime = 'upcoming' | 'past' | 'all';

/** What the filter bar needs from its list. */
export interface SessionFiltersContext {
  localize: LocalizeController;
  /** Role tabs appear only for members who are both mentor and mentee. */
  showRoleTabs: boolean;
  role: SessionRole;
  time: SessionTime;
  /** `focus` is true when the change came from the keyboard, so focus follows the selected tab. */
  onRole(role: SessionRole, focus: boolean): void;
  onTime(time: SessionTime): void;
}

const roleTabs: SessionRole[] = ['all', 'mentor', 'mentee'];

/** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern). */
function tabKeydown(event: KeyboardEvent, ctx: SessionFiltersContext): void {
  const index = roleTabs.indexOf(ctx.role);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: roleTabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  ctx.onRole(roleTabs[(next + roleTabs.length) % roleTabs.length]!, true);
}

/** The role tabs (mentor / mentee / all) and the upcoming / past switch above a session list. */
export function renderSessionFilters(ctx: SessionFiltersContext): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const names = { all: t('roleAll'), mentor: t('roleMentor'), mentee: t('roleMentee') };
  return html`<div class="filters">
    ${ctx.showRoleTabs
      ? html`<div role="tablist" part="role-tabs" aria-label=${t('roleTabsLabel')} class="tabs" @keydown=${(e: KeyboardEvent) => tabKeydown(e, ctx)}>
          ${roleTabs.map(
            (role) => html`<button role="tab" id=${`tab-${role}`} aria-controls="panel" aria-selected=${role === ctx.role ? 'true' : 'false'}
              tabindex=${role === ctx.role ? '0' : '-1'} type="button" @click=${() => ctx.onRole(role, false)}>${names[role]}</button>`,
          )}
        </div>`
      : nothing}
    <div role="group" part="time-filter" class="segmented" aria-label=${t('timeFilterLabel')}>
      ${(['upcoming', 'past'] as const).map(
        (time) => html`<button type="button" aria-pressed=${ctx.time === time ? 'true' : 'false'} @click=${() => ctx.onTime(time)}>
          ${time === 'upcoming' ? t('timeUpcoming') : t('timePast')}</button>`,
      )}
    </div>
  </div>`;
}
