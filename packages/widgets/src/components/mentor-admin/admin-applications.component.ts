import type { MentorProfile } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorElement } from '../../base/mentor-element.js';
import { errorMessage, renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { formLayoutStyles } from '../../styles/form-layout.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { adminStyles } from './mentor-admin.styles.js';
import { adminStrings } from './admin.strings.js';

/**
 * @tagname mentor-admin-applications
 * @summary Mentor applications waiting for a decision (SPEC M2, C7): approve, or reject with a reason
 * the applicant sees. Used inside `<mentor-admin>`.
 *
 * @csspart applications - The list.
 * @csspart application - One application.
 */
export class MentorAdminApplications extends MentorElement {
  static override styles = [sharedStyles, formLayoutStyles, adminStyles];

  /** The application whose reject form is open. */
  @state() private rejecting?: string;
  @state() private busy?: string;
  @state() private message?: { kind: 'error' | 'success'; text: string };
  @state() private decided = new Set<string>();

  private readonly applications = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<MentorProfile[] | undefined> => {
      if (!client || !memberId) return undefined;
      return (await client.listMentorApplications({ status: 'pending', limit: 100 }, { signal })).items;
    },
  });

  private async decide(profile: MentorProfile, decision: 'approve' | 'reject', reason?: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.busy = profile.id;
    this.message = undefined;
    try {
      if (decision === 'approve') await client.approveMentor({ mentorId: profile.id });
      else await client.rejectMentor({ mentorId: profile.id, ...(reason ? { reason } : {}) });
      this.decided = new Set([...this.decided, profile.id]);
      this.rejecting = undefined;
      const s = this.localize.strings(adminStrings);
      this.message = { kind: 'success', text: decision === 'approve' ? s.approved(profile.displayName) : s.rejected(profile.displayName) };
    } catch (error) {
      this.message = { kind: 'error', text: errorMessage(this.localize, error) };
    } finally {
      this.busy = undefined;
    }
  }

  private renderApplication(profile: MentorProfile): TemplateResult {
    const s = this.localize.strings(adminStrings);
    const rejectId = `reject-${profile.id}`;
    return html`<li class="card" part="application">
      <h4>${profile.displayName}</h4>
      <p class="muted">${[profile.jobTitle, profile.company].filter(Boolean).join(' · ')}${profile.jobTitle || profile.company ? ' · ' : ''}${profile.timeZone}</p>
      <p>${profile.bio}</p>
      <p>${profile.expertise.map((tag) => html`<span class="tag">${tag}</span>`)}</p>
      <p class="muted">${s.appliedOn(this.localize.day(profile.createdAt, 'UTC'))} · ${profile.languages.map((code) => this.localize.languageName(code)).join(', ')}</p>
      ${
        this.rejecting === profile.id
          ? html`<form @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              const reason = (this.shadowRoot?.getElementById(rejectId) as HTMLTextAreaElement | null)?.value.trim();
              void this.decide(profile, 'reject', reason || undefined);
            }}>
            <div class="field">
              <label for=${rejectId}>${s.rejectReason(profile.displayName)} <span class="hint">${s.optional}</span></label>
              <textarea id=${rejectId} rows="2" maxlength="500"></textarea>
            </div>
            <div class="actions">
              <button class="button" type="submit" ?disabled=${this.busy === profile.id}>${s.confirmReject}</button>
              <button class="button secondary" type="button" @click=${() => (this.rejecting = undefined)}>${s.cancel}</button>
            </div>
          </form>`
          : html`<div class="actions">
            <button class="button" type="button" ?disabled=${this.busy === profile.id} @click=${() => this.decide(profile, 'approve')}
              aria-label=${s.approveNamed(profile.displayName)}>${s.approve}</button>
            <button class="button secondary" type="button" ?disabled=${this.busy === profile.id}
              aria-label=${s.rejectNamed(profile.displayName)}
              @click=${async () => {
                this.rejecting = profile.id;
                await this.updateComplete;
                this.shadowRoot?.getElementById(rejectId)?.focus();
              }}>${s.reject}</button>
          </div>`
      }
    </li>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(adminStrings);
    if (this.applications.status === TaskStatus.ERROR)
      return renderError(this.localize, this.applications.error, () => this.applications.run());
    const items = this.applications.value;
    if (!items) return renderLoading(this.localize);
    const open = items.filter((p) => !this.decided.has(p.id));
    return html`<h3>${s.applicationsTitle}</h3>
      <div role="status" aria-live="polite">${this.message ? html`<p class="state ${this.message.kind}">${this.message.text}</p>` : ''}</div>
      ${open.length === 0 ? renderEmpty(s.noApplications) : html`<ul class="cards" part="applications">${open.map((p) => this.renderApplication(p))}</ul>`}`;
  }
}
