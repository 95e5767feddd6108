import type { Session } from '@mentorkit/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** What the dialog asks for: a cancellation (reason required) or a decline (reason optional). */
export type ReasonDialogKind = 'cancel' | 'decline';

interface OpenDialog {
  kind: ReasonDialogKind;
  session: Session;
  error?: string;
  busy?: boolean;
}

const FOCUSABLE = 'button:not([disabled]), textarea:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal `<dialog>` asking for a reason (SPEC S2, E5): opened with `showModal()` so the rest of the
 * page is inert, Tab and Shift+Tab cycle inside it, Escape closes it and focus goes back to the button
 * that opened it.
 */
export class ReasonDialogController implements ReactiveController {
  state?: OpenDialog;
  private opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSubmit: (kind: ReasonDialogKind, session: Session, reason: string) => Promise<void>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.dialog;
    if (this.state && dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLTextAreaElement>('textarea')?.focus();
    }
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog[part="dialog"]');
  }

  /** Opens the dialog for `session`; `opener` gets focus back when it closes. */
  open(kind: ReasonDialogKind, session: Session, opener: HTMLElement | undefined): void {
    this.opener = opener;
    this.state = { kind, session };
    this.host.requestUpdate();
  }

  /** Closes the dialog and returns focus to its opener (or to `focusTarget`). */
  close(focusTarget?: HTMLElement | null): void {
    this.dialog?.close();
    this.state = undefined;
    this.host.requestUpdate();
    const target = focusTarget ?? this.opener;
    this.opener = undefined;
    if (target) void Promise.resolve().then(() => target.focus());
  }

  private keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const items = [...(this.dialog?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = this.host.shadowRoot?.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const state = this.state;
    if (!state || state.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    if (state.kind === 'cancel' && !reason) {
      this.state = { ...state, error: 'reasonRequired' };
      this.host.requestUpdate();
      (form.elements.namedItem('reason') as HTMLTextAreaElement).focus();
      return;
    }
    this.state = { ...state, busy: true, error: undefined };
    this.host.requestUpdate();
    try {
      await this.onSubmit(state.kind, state.session, reason);
    } catch (error) {
      if (this.state) this.state = { ...this.state, busy: false, error: error instanceof Error && error.message === 'reasonRequired' ? 'reasonRequired' : 'errorGeneric' };
      this.host.requestUpdate();
    }
  }

  /** The dialog's markup (nothing while closed); times in `timeZone`, the viewer's. */
  render(localize: LocalizeController, timeZone: string): TemplateResult | typeof nothing {
    const state = this.state;
    if (!state) return nothing;
    const t = localize.t.bind(localize);
    const cancel = state.kind === 'cancel';
    const error = state.error === 'reasonRequired' ? t('reasonRequired') : state.error ? t('errorGeneric') : undefined;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-intro" @keydown=${this.keydown}
      @cancel=${(e: Event) => (e.preventDefault(), this.close())}>
      <form method="dialog" @submit=${(e: SubmitEvent) => this.submit(e)} novalidate>
        <h2 id="dialog-title">${cancel ? t('cancelDialogTitle') : t('declineDialogTitle', state.session.mentee.name, localize.dateTime(state.session.start, timeZone))}</h2>
        <p id="dialog-intro" class="muted">${cancel ? t('cancelDialogIntro') : state.session.topic}</p>
        <div class="field">
          <label for="reason">${cancel ? t('cancelReasonLabel') : t('declineReasonLabel')}</label>
          <textarea id="reason" name="reason" rows="3" maxlength="1000" ?required=${cancel}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'reason-error' : nothing}></textarea>
          ${error ? html`<p class="field-error" id="reason-error" role="alert">${error}</p>` : nothing}
        </div>
        <div class="actions">
          <button class="button danger" part="dialog-confirm" type="submit" ?disabled=${state.busy}>
            ${state.busy ? t('saving') : cancel ? t('cancelSession') : t('confirmDecline')}
          </button>
          <button class="button secondary" type="button" @click=${() => this.close()}>${cancel ? t('keepSession') : t('close')}</button>
        </div>
      </form>
    </dialog>`;
  }
}
