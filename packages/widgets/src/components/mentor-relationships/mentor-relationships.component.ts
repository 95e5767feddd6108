import type { Mentorship, Session } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MentorMentorshipUpdateEvent } from '../../base/member-events.js';
import { MessageLauncher } from '../../base/message-launcher.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { relationshipsStyles } from './mentor-relationships.styles.js';
import { pastPartners } from './past-sessions.js';
import { renderMentorship, renderMessageButton, renderStats, type ItemContext } from './relationship-item.js';
import { relationshipsStrings } from './relationships.strings.js';

interface Loaded {
  mentorships: Mentorship[];
  completed: Session[];
}

/**
 * @tagname mentor-relationships
 * @summary "My students" (`view-as="mentor"`: connection requests with Accept / Decline, then each
 * student with sessions, hours, topics and last session) or "My mentors" (`view-as="mentee"`), with
 * "End mentorship" on both sides (SPEC R1–R3). People met in completed sessions without a "connect"
 * request are listed too.
 *
 * @fires mentor-mentorship-update - A request was accepted or declined, or a mentorship ended.
 * @fires mentor-message-open - "Message" was pressed; cancel it to open the conversation yourself
 *   (`<mentor-hub>` opens its Messages tab), otherwise it opens in a dialog here.
 *
 * @csspart base - The outer section.
 * @csspart requests - The connection requests (mentor view).
 * @csspart list - The students or mentors.
 * @csspart mentorship - One mentorship.
 * @csspart message - The request's message.
 * @csspart stats - Sessions, hours, last session and topics.
 * @csspart past-partner - Someone met in sessions without a mentorship.
 * @csspart message-button - "Message" on a person one may write to.
 * @csspart messages-dialog - The conversation opened by "Message" when no container takes it.
 * @csspart notice - What just happened (announced).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 *
 * @cssprop --mentor-surface - Card background.
 * @cssprop --mentor-border - Card borders.
 * @cssprop --mentor-accent - Buttons.
 */
export class MentorRelationships extends MentorElement {
  static override styles = [sharedStyles, relationshipsStyles];

  /** `mentor`: my students and requests; `mentee` (default): my mentors. */
  @property({ attribute: 'view-as', reflect: true }) viewAs: 'mentor' | 'mentee' = 'mentee';
  /** The viewer's IANA zone for dates (default: the browser's). */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private busyId?: string;
  @state() private confirmingEnd?: string;
  @state() private notice?: string;
  @state() private actionError?: string;

  private readonly messages = new MessageLauncher(this, () => this.localize);

  private readonly data = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id, this.viewAs] as const,
    task: async ([client, memberId, viewAs], { signal }): Promise<Loaded | undefined> => {
      if (!client || !memberId) return undefined;
      const [mentorships, sessions] = await Promise.all([
        client.listMyMentorships({ role: viewAs }, { signal }),
        client.listMySessions({ role: viewAs, status: 'completed', time: 'all', limit: 100 }, { signal }),
      ]);
      return { mentorships: mentorships.items, completed: sessions.items };
    },
  });

  private get zone(): string {
    return this.timeZone || viewerTimeZone();
  }

  private async act(m: Mentorship, action: 'accept' | 'decline' | 'end'): Promise<void> {
    const client = this.client;
    if (!client) return;
    const s = this.localize.strings(relationshipsStrings);
    const other = this.viewAs === 'mentor' ? m.mentee.name : m.mentor.name;
    this.busyId = m.id;
    this.actionError = undefined;
    try {
      const updated =
        action === 'end'
          ? await client.endMentorship({ mentorshipId: m.id })
          : await client.respondToMentorship({ mentorshipId: m.id, decision: action });
      this.confirmingEnd = undefined;
      this.notice =
        action === 'accept'
          ? s.mentorshipAccepted(other)
          : action === 'decline'
            ? s.mentorshipDeclinedNotice(other)
            : s.mentorshipEndedNotice(other);
      this.emit(new MentorMentorshipUpdateEvent({ mentorship: updated, action }));
      await this.data.run();
    } catch (error) {
      this.actionError = errorMessage(this.localize, error);
    } finally {
      this.busyId = undefined;
    }
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(relationshipsStrings);
    const ctx: ItemContext = {
      localize: this.localize,
      viewAs: this.viewAs,
      timeZone: this.zone,
      busyId: this.busyId,
      confirmingEnd: this.confirmingEnd,
      onRespond: (m, decision) => void this.act(m, decision),
      onAskEnd: (m) => (this.confirmingEnd = m?.id),
      onEnd: (m) => void this.act(m, 'end'),
      onMessage: (person, opener) => void this.messages.open(person.id, person.name, opener),
    };
    const mentor = this.viewAs === 'mentor';
    const requests = mentor ? loaded.mentorships.filter((m) => m.status === 'pending') : [];
    const rest = mentor ? loaded.mentorships.filter((m) => m.status !== 'pending' && m.status !== 'declined') : loaded.mentorships;
    const known = new Set(loaded.mentorships.map((m) => (mentor ? m.mentee.id : m.mentor.id)));
    const past = pastPartners(loaded.completed, this.viewAs, known);
    const empty = rest.length === 0 && past.length === 0;
    return html`${
      mentor
        ? html`<section part="requests" aria-labelledby="requests-h">
            <h3 id="requests-h">${s.requestsHeading}</h3>
            ${requests.length ? html`<ul class="items">${requests.map((m) => renderMentorship(ctx, m))}</ul>` : html`<p class="muted">${s.requestsEmpty}</p>`}
          </section>`
        : nothing
    }
      <section aria-labelledby="list-h">
        <h3 id="list-h">${mentor ? s.studentsHeading : s.mentorsHeading}</h3>
        ${
          empty
            ? renderEmpty(mentor ? s.studentsEmpty : t('myMentorsEmpty'))
            : html`<ul class="items" part="list">
              ${rest.map((m) => renderMentorship(ctx, m))}
              ${past.map(
                (p) => html`<li class="item" part="past-partner" data-person-id=${p.id}>
                  <h4 class="name">${p.name} <span class="badge">${s.pastSessionsOnly}</span></h4>
                  ${renderStats(this.localize, p.stats, this.zone)}
                  <div class="actions">${renderMessageButton(ctx, p)}</div>
                </li>`,
              )}
            </ul>`
        }
      </section>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return renderError(this.localize, undefined, undefined, t('errorNotConfigured'));
    if (this.auth.user === null) return renderError(this.localize, undefined, undefined, t('errorSignInRequired'));
    if (this.data.status === TaskStatus.ERROR) return renderError(this.localize, this.data.error, () => this.data.run());
    const loaded = this.data.value;
    return html`<section part="base" aria-label=${this.viewAs === 'mentor' ? t('tabStudents') : t('tabMentors')}>
      <p part="notice" class="notice" role="status" aria-live="polite">${this.notice ?? ''}</p>
      ${this.actionError ? html`<p class="field-error" role="alert">${this.actionError}</p>` : nothing}
      ${loaded ? this.renderLoaded(loaded) : renderLoading(this.localize)}
    </section>
    ${this.messages.render()}`;
  }
}
