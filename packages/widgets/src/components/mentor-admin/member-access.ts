import type { Member } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { adminStrings } from './admin.strings.js';

/** What the access panel of one member needs from the members section (SPEC C8). */
export interface MemberAccessContext {
  localize: LocalizeController;
  busy: boolean;
  /** True after the first press of Remove: the second press removes. */
  confirmingRemove: boolean;
  onSignOut(member: Member): void;
  onRemove(member: Member, mode: 'disable' | 'remove', reason: string | undefined): void;
  onClose(): void;
}

/**
 * Sign a member out everywhere, disable them (sign-ins refused, future sessions cancelled with the reason
 * shown to the other side), or remove them (also erases name and email). Removing asks twice.
 */
export function renderMemberAccess(ctx: MemberAccessContext, member: Member): TemplateResult {
  const s = ctx.localize.strings(adminStrings);
  const id = `access-${member.id}`;
  return html`<div class="access" part="member-access" role="group" aria-label=${s.accessFor(member.name)}>
    <div class="field">
      <label for=${`${id}-reason`}>${s.accessReason} <span class="hint">${s.optional}</span></label>
      <input id=${`${id}-reason`} name="reason" maxlength="500" />
    </div>
    <div class="actions">
      <button class="button secondary" type="button" data-action="sign-out-everywhere" ?disabled=${ctx.busy} @click=${() => ctx.onSignOut(member)}>${s.signOutEverywhere}</button>
      ${
        member.disabledAt
          ? nothing
          : html`<button class="button secondary" type="button" data-action="disable" ?disabled=${ctx.busy} @click=${(e: Event) => ctx.onRemove(member, 'disable', reasonFrom(e))}>${s.disableMember}</button>`
      }
      <button class="button secondary" type="button" data-action="remove" ?disabled=${ctx.busy} @click=${(e: Event) => ctx.onRemove(member, 'remove', reasonFrom(e))}>
        ${ctx.confirmingRemove ? s.confirmRemove(member.name) : s.removeMember}</button>
      <button class="button link" type="button" @click=${ctx.onClose}>${s.cancel}</button>
    </div>
    ${ctx.confirmingRemove ? html`<p class="hint" role="alert">${s.removeWarning}</p>` : nothing}
  </div>`;
}

/** The reason typed in the same panel as the pressed button. */
function reasonFrom(event: Event): string | undefined {
  const panel = (event.currentTarget as HTMLElement).closest('[part="member-access"]');
  const value = panel?.querySelector<HTMLInputElement>('input[name="reason"]')?.value.trim();
  return value || undefined;
}
