import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { MentorMessageOpenEvent } from './events.js';
import { ModalDialog } from './modal-dialog.js';

/**
 * What a "Message" button does: announces `mentor-message-open` (a container such as `<mentor-hub>`
 * takes it and opens its Messages tab); when nobody does, opens `<mentor-messages>` with that member
 * in a dialog of the host. `<mentor-messages>` is imported on first use only, so elements with a
 * Message button do not carry it (nor pusher-js) in their first load.
 */
export class MessageLauncher implements ReactiveController {
  private withMember?: { id: string; name: string };
  private readonly dialog: ModalDialog;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: () => LocalizeController,
  ) {
    host.addController(this);
    this.dialog = new ModalDialog(host, { part: 'messages-dialog', onClosed: () => (this.withMember = undefined) });
  }

  hostConnected(): void {}

  async open(memberId: string, name: string, opener?: HTMLElement): Promise<void> {
    const event = new MentorMessageOpenEvent({ memberId, name });
    if (!this.host.dispatchEvent(event)) return;
    await import('../components/mentor-messages/mentor-messages.js');
    this.withMember = { id: memberId, name };
    await this.dialog.show(opener);
  }

  /** The dialog; place it once in the host's template. */
  render(): TemplateResult | typeof nothing {
    if (!this.withMember) return nothing;
    const localize = this.localize();
    const t = localize.t.bind(localize);
    const theme = this.host.getAttribute('theme');
    return this.dialog.render({
      className: 'messages-dialog',
      head: { id: 'messages-dialog-title', text: t('messagesWith', this.withMember.name), closeLabel: t('close') },
      content: html`<mentor-messages member-id=${this.withMember.id} lang=${localize.locale} theme=${theme ?? nothing}></mentor-messages>`,
    });
  }
}
