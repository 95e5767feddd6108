import type { ImportMembersResult, Member } from '@mentorkit/core';
import { MentorKitApiError } from '@mentorkit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorElement } from '../../base/mentor-element.js';
import { PagedListController } from '../../base/paged-list-controller.js';
import { errorMessage, renderEmpty, renderError, renderLoading } from '../../shared/states.js';
import { formLayoutStyles } from '../../styles/form-layout.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { adminStyles } from './mentor-admin.styles.js';
import { adminStrings } from './admin.strings.js';
import { renderMemberAccess } from './member-access.js';

interface ImportProblem {
  line?: number;
  path?: string;
  message: string;
}

/** The line-numbered problems of a refused import (the service checks every row before writing any). */
function importProblems(error: unknown): ImportProblem[] {
  if (!(error instanceof MentorKitApiError) || !Array.isArray(error.details)) return [];
  return (error.details as ImportProblem[]).filter((d) => typeof d?.message === 'string');
}

/**
 * @tagname mentor-admin-members
 * @summary The member roster (SPEC C2, E8): search, the admin flag, and import by CSV or JSON upload with
 * the line-numbered report of a refused file. Used inside `<mentor-admin>`.
 *
 * @csspart import - The upload form.
 * @csspart members - The members table.
 */
export class MentorAdminMembers extends MentorElement {
  static override styles = [sharedStyles, formLayoutStyles, adminStyles];

  @state() private query = '';
  @state() private importing = false;
  @state() private importResult?: ImportMembersResult;
  @state() private importError?: { message: string; problems: ImportProblem[] };
  @state() private rowMessage?: string;
  /** The member whose access panel is open (SPEC C8), and whether Remove was pressed once. */
  @state() private managing?: string;
  @state() private confirmingRemove = false;
  @state() private accessBusy = false;
  private loadedFor?: unknown;

  /** The roster, 25 at a time, for the current search. */
  private readonly members = new PagedListController<Member>(this, (cursor, signal) =>
    this.client!.listMembers({ ...(this.query ? { q: this.query } : {}), ...(cursor ? { cursor } : {}), limit: 25 }, { signal }),
  );

  /** Loads the first page once a client and a signed-in member exist (in willUpdate: no second render). */
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const memberId = this.auth.user?.member.id;
    if (this.client && memberId && this.loadedFor !== this.client) {
      this.loadedFor = this.client;
      void this.members.reload();
    }
  }

  private search(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.shadowRoot?.getElementById('member-search') as HTMLInputElement | null;
    this.query = input?.value.trim() ?? '';
    void this.members.reload();
  }

  private async importFile(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const s = this.localize.strings(adminStrings);
    const input = this.shadowRoot?.getElementById('member-file') as HTMLInputElement | null;
    const file = input?.files?.[0];
    const client = this.client;
    this.importResult = undefined;
    this.importError = undefined;
    if (!file || !client) {
      this.importError = { message: s.importChooseFile, problems: [] };
      return;
    }
    this.importing = true;
    try {
      const text = await file.text();
      const isJson = file.name.toLowerCase().endsWith('.json') || file.type === 'application/json';
      let result: ImportMembersResult;
      if (isJson) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          this.importError = { message: s.importBadJson, problems: [] };
          return;
        }
        const members = Array.isArray(parsed) ? parsed : (parsed as { members?: unknown })?.members;
        result = await client.importMembers({ members: (Array.isArray(members) ? members : []) as never });
      } else {
        result = await client.importMembers({ file: new Blob([text], { type: 'text/csv' }), contentType: 'text/csv' });
      }
      this.importResult = result;
      if (input) input.value = '';
      void this.members.reload();
    } catch (error) {
      this.importError = {
        message: error instanceof MentorKitApiError ? error.message : errorMessage(this.localize, error),
        problems: importProblems(error),
      };
    } finally {
      this.importing = false;
    }
  }

  private async toggleAdmin(member: Member, isAdmin: boolean): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.rowMessage = undefined;
    try {
      const updated = await client.setMemberAdmin({ memberId: member.id, isAdmin });
      this.members.items = this.members.items?.map((m) => (m.id === updated.id ? updated : m));
      const s = this.localize.strings(adminStrings);
      this.rowMessage = (isAdmin ? s.nowAdmin : s.noLongerAdmin)(updated.name);
    } catch (error) {
      this.rowMessage = error instanceof MentorKitApiError && error.status === 409 ? error.message : errorMessage(this.localize, error);
      this.requestUpdate();
    }
  }

  private openAccess(member: Member | undefined): void {
    this.managing = member?.id;
    this.confirmingRemove = false;
    this.rowMessage = undefined;
  }

  /** Runs one access change, then reloads the list (names, emails and badges may have changed). */
  private async changeAccess(run: () => Promise<string>): Promise<void> {
    this.accessBusy = true;
    try {
      this.rowMessage = await run();
      this.managing = undefined;
      this.confirmingRemove = false;
      void this.members.reload();
    } catch (error) {
      this.rowMessage = errorMessage(this.localize, error);
    } finally {
      this.accessBusy = false;
    }
  }

  private signOutEverywhere(member: Member): void {
    const client = this.client;
    if (!client) return;
    const s = this.localize.strings(adminStrings);
    void this.changeAccess(async () =>
      s.signedOut(member.name, (await client.signOutMemberEverywhere({ memberId: member.id })).revokedSignIns),
    );
  }

  private removeMember(member: Member, mode: 'disable' | 'remove', reason: string | undefined): void {
    const client = this.client;
    if (!client) return;
    if (mode === 'remove' && !this.confirmingRemove) {
      this.confirmingRemove = true;
      return;
    }
    const s = this.localize.strings(adminStrings);
    void this.changeAccess(async () => {
      const result = await client.removeMember({ memberId: member.id, mode, ...(reason ? { reason } : {}) });
      return mode === 'remove' ? s.removedResult(result.cancelledSessions) : s.disabledResult(member.name, result.cancelledSessions);
    });
  }

  private roleTags(member: Member): TemplateResult[] {
    const s = this.localize.strings(adminStrings);
    const roles: [boolean, string][] = [
      [member.roles.isMentor, s.roleMentor],
      [member.roles.isMentee, s.roleMentee],
      [member.roles.isEmployer, s.roleEmployer],
    ];
    return roles.filter(([held]) => held).map(([, name]) => html`<span class="tag">${name}</span>`);
  }

  private renderImport(): TemplateResult {
    const s = this.localize.strings(adminStrings);
    const problems = this.importError?.problems ?? [];
    return html`<form part="import" @submit=${this.importFile}>
      <fieldset>
        <legend>${s.importTitle}</legend>
        <p class="hint">${s.importHint}</p>
        <div class="toolbar">
          <div class="field">
            <label for="member-file">${s.importFile}</label>
            <input id="member-file" type="file" accept=".csv,.json,text/csv,application/json" />
          </div>
          <button class="button" type="submit" ?disabled=${this.importing}>${this.importing ? s.importing : s.import}</button>
        </div>
        <div role="status" aria-live="polite">
          ${this.importResult ? html`<p class="state success">${s.imported(this.importResult.total, this.importResult.created, this.importResult.updated)}</p>` : ''}
        </div>
        ${
          this.importError
            ? html`<div class="state error" role="alert">
              <p>${this.importError.message}</p>
              ${
                problems.length
                  ? html`<ul class="report">${problems.map((p) => html`<li>${p.line ? s.importLine(p.line) : ''}${p.path ? html`<code>${p.path}</code>: ` : ''}${p.message}</li>`)}</ul>`
                  : ''
              }
            </div>`
            : ''
        }
      </fieldset>
    </form>`;
  }

  private renderTable(items: Member[]): TemplateResult {
    const s = this.localize.strings(adminStrings);
    const me = this.auth.user?.member.id;
    return html`<table part="members">
      <caption class="visually-hidden">${s.membersTitle}</caption>
      <thead><tr><th scope="col">${s.colName}</th><th scope="col">${s.colEmail}</th><th scope="col">${s.colRoles}</th><th scope="col">${s.colAdmin}</th><th scope="col">${s.colAccess}</th></tr></thead>
      <tbody>
        ${items.map(
          (m) => html`<tr>
            <td>${m.name}<div class="hint">${m.membershipType}</div></td>
            <td>${m.email}</td>
            <td>${this.roleTags(m)}${m.disabledAt ? html`<span class="tag">${s.disabledBadge}</span>` : nothing}</td>
            <td><label class="inline"><input type="checkbox" .checked=${m.roles.isAdmin} ?disabled=${m.id === me && m.roles.isAdmin}
              aria-label=${s.toggleAdmin(m.name)} @change=${(e: Event) => this.toggleAdmin(m, (e.target as HTMLInputElement).checked)} />${s.colAdmin}</label></td>
            <td>${
              m.id === me
                ? nothing
                : html`<button class="button link" type="button" data-action="manage" aria-expanded=${String(this.managing === m.id)} aria-label=${s.manageNamed(m.name)}
                  @click=${() => this.openAccess(this.managing === m.id ? undefined : m)}>${s.manage}</button>`
            }</td>
          </tr>
          ${
            this.managing === m.id
              ? html`<tr class="manage"><td colspan="5">${renderMemberAccess(
                  {
                    localize: this.localize,
                    busy: this.accessBusy,
                    confirmingRemove: this.confirmingRemove,
                    onSignOut: (member) => this.signOutEverywhere(member),
                    onRemove: (member, mode, reason) => this.removeMember(member, mode, reason),
                    onClose: () => this.openAccess(undefined),
                  },
                  m,
                )}</td></tr>`
              : nothing
          }`,
        )}
      </tbody>
    </table>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    const s = this.localize.strings(adminStrings);
    const items = this.members.items;
    return html`<h3>${s.membersTitle}</h3>
      ${this.renderImport()}
      <form class="toolbar" role="search" @submit=${this.search}>
        <div class="field">
          <label for="member-search">${s.searchMembers}</label>
          <input id="member-search" type="search" .value=${this.query} placeholder=${s.searchPlaceholder} />
        </div>
        <button class="button secondary" type="submit">${t('search')}</button>
      </form>
      <div role="status" aria-live="polite">${this.rowMessage ? html`<p class="muted">${this.rowMessage}</p>` : ''}</div>
      ${
        this.members.error
          ? renderError(this.localize, this.members.error, () => void this.members.reload())
          : !items
            ? renderLoading(this.localize)
            : items.length === 0
              ? renderEmpty(s.noMembers)
              : html`${this.renderTable(items)}
                ${this.members.render(this.localize, { wrap: (button) => html`<p>${button}</p>` })}`
      }`;
  }
}
