import type { Session } from '@mentorkit/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ModalDialog } from '../../base/modal-dialog.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** What the dialog asks for: a cancellation (reason required) or a decline (reason optional). */
export type ReasonDialogKind = 'cancel' | 'decline';

interface OpenDialog {
  kind: ReasonDialogKind;
  session: Session;
  error?: string;
  busy?: boolean;
}

/**
 * A modal dialog asking for a reason (SPEC S2, E5). The dialog mechanics — `showModal()` so the rest of
 * the page is inert, Tab and Shift+Tab cycling inside, Escape closing it, focus back to the button that
 * opened it — are the shared `ModalDialog`; this controller holds the form and its states.
 */
export class ReasonDialogController implements ReactiveController {
  state?: OpenDialog;
  private readonly dialog: ModalDialog;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSubmit: (kind: ReasonDialogKind, session: Session, reason: string) => Promise<void>,
  ) {
    host.addController(this);
    this.dialog = new ModalDialog(host, { part: 'dialog', onClosed: () => (this.state = undefined) });
  }

  hostConnected(): void {}

  /** Opens the dialog for `session`; `opener` gets focus back when it closes. */
  open(kind: ReasonDialogKind, session: Session, opener: HTMLElement | undefined): void {
    this.state = { kind, session };
    void this.dialog.show(opener, 'textarea');
  }

  /** Closes the dialog and returns focus to its opener (or to `focusTarget`). */
  close(focusTarget?: HTMLElement | null): void {
    this.dialog.close(focusTarget);
  }

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
      if (this.state)
        this.state = {
          ...this.state,
          busy: false,
          error: error instanceof Error && error.message === 'reasonRequired' ? 'reasonRequired' : 'errorGeneric',
        };
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
    return this.dialog.render({
      labelledBy: 'dialog-title',
      describedBy: 'dialog-intro',
      content: html`<form method="dialog" @submit=${(e: SubmitEvent) => this.submit(e)} novalidate>
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
      </form>`,
    });
  }
}
