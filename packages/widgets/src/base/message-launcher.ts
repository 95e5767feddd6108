import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { MentorMessageOpenEvent } from './events.js';

/**
 * What a "Message" button does: announces `mentor-message-open` (a container such as `<mentor-hub>`
 * takes it and opens its Messages tab); when nobody does, opens `<mentor-messages>` with that member
 * in a dialog of the host. `<mentor-messages>` is imported on first use only, so elements with a
 * Message button do not carry it (nor pusher-js) in their first load.
 */
export class MessageLauncher implements ReactiveController {
  private withMember?: { id: string; name: string };
  private opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: () => LocalizeController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async open(memberId: string, name: string, opener?: HTMLElement): Promise<void> {
    const event = new MentorMessageOpenEvent({ memberId, name });
    if (!this.host.dispatchEvent(event)) return;
    await import('../components/mentor-messages/mentor-messages.js');
    this.withMember = { id: memberId, name };
    this.opener = opener;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.messages-dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private closed(): void {
    this.withMember = undefined;
    this.host.requestUpdate();
    this.opener?.focus();
  }

  /** The dialog; place it once in the host's template. */
  render(): TemplateResult | typeof nothing {
    if (!this.withMember) return nothing;
    const localize = this.localize();
    const t = localize.t.bind(localize);
    const theme = this.host.getAttribute('theme');
    return html`<dialog class="messages-dialog" part="messages-dialog" aria-label=${t('messagesWith', this.withMember.name)} @close=${() => this.closed()}>
      <div class="dialog-head">
        <h2>${t('messagesWith', this.withMember.name)}</h2>
        <button class="button secondary" type="button" @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}>${t('close')}</button>
      </div>
      <mentor-messages member-id=${this.withMember.id} lang=${localize.locale} theme=${theme ?? nothing}></mentor-messages>
    </dialog>`;
  }
}
