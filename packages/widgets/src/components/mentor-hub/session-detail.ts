import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { MentorSessionList } from '../mentor-session-list/mentor-session-list.component.js';
import { hubStrings } from './hub.strings.js';

export interface SessionDetailContext {
  localize: LocalizeController;
  sessionId: string;
  /** A mentor-only member's details replace the dashboard (else "My sessions"). */
  mentorHome: boolean;
  theme?: string;
  timeZone?: string;
  onBack(): void;
}

/**
 * One session's details, as a session notification or an email link opens them in the hub: the session
 * list showing only that session (read with `getSession`), so every action it offers is there too.
 */
export function renderSessionDetail(ctx: SessionDetailContext): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  return html`<button class="button link" part="back" type="button" @click=${ctx.onBack}>← ${ctx.mentorHome ? ctx.localize.strings(hubStrings).backToDashboard : t('backToSessions')}</button>
    <h3 id="session-detail-title" class="detail-title" tabindex="-1">${t('sessionDetailsLabel')}</h3>
    <mentor-session-list part="session-detail" session-id=${ctx.sessionId} lang=${ctx.localize.locale} theme=${ctx.theme ?? nothing}
      time-zone=${ctx.timeZone || nothing}></mentor-session-list>`;
}

/**
 * Focus on the details' heading at once (screen readers announce it); once the session is shown, when
 * the heading sits low on the screen (a phone, under the figures and tabs), the details are scrolled to
 * the top so the session itself is in view, not just its title, and the selected tab is shown in the
 * sideways-scrolling tab strip.
 */
export async function revealSessionDetail(root: ShadowRoot): Promise<void> {
  const heading = root.querySelector<HTMLElement>('#session-detail-title');
  heading?.focus();
  const list = root.querySelector<MentorSessionList>('mentor-session-list[session-id]');
  if (!heading || !list) return;
  await customElements.whenDefined('mentor-session-list');
  await list.loaded();
  if (!heading.isConnected) return;
  root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (heading.getBoundingClientRect().bottom > window.innerHeight * 0.4)
    root.querySelector<HTMLElement>('[part="back"]')?.scrollIntoView({ block: 'start' });
}
