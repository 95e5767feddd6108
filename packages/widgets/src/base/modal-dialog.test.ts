import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { seriousA11yViolations } from '../testing/a11y.js';
import { ModalDialog } from './modal-dialog.js';

/** An inner element with its own shadow root, as the booking calendar or the messages are inside dialogs. */
class InnerFields extends LitElement {
  protected override render() {
    return html`<label for="inner">Inner</label><input id="inner" />`;
  }
}
customElements.define('dialog-probe-inner', InnerFields);

class DialogProbe extends LitElement {
  closedCount = 0;
  readonly dialog = new ModalDialog(this, { part: 'probe-dialog', onClosed: () => this.closedCount++ });

  protected override render() {
    return html`<button id="opener" type="button" @click=${(e: Event) => void this.dialog.show(e.currentTarget as HTMLElement)}>Open</button>
      <p id="elsewhere" tabindex="-1">Elsewhere</p>
      ${this.dialog.render({
        head: { id: 'probe-title', text: 'A question', closeLabel: 'Close' },
        describedBy: 'probe-intro',
        content: html`<p id="probe-intro">Pick one.</p><dialog-probe-inner></dialog-probe-inner><button id="last" type="button">Done</button>`,
      })}`;
  }
}
customElements.define('dialog-probe', DialogProbe);

const root = (el: DialogProbe) => el.shadowRoot!;
const dialogOf = (el: DialogProbe) => root(el).querySelector<HTMLDialogElement>('dialog[part="probe-dialog"]')!;
/** The focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('ModalDialog (the dialog of every MentorKit dialog)', () => {
  it('opens modal, named by its heading and described, and passes axe', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    root(el).querySelector<HTMLButtonElement>('#opener')!.click();
    await waitUntil(() => dialogOf(el).open, 'the dialog opens');
    const dialog = dialogOf(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-modal')).to.equal('true');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('probe-title');
    expect(root(el).getElementById('probe-title')!.textContent).to.equal('A question');
    expect(dialog.getAttribute('aria-describedby')).to.equal('probe-intro');
    expect(el.dialog.isOpen).to.equal(true);
    expect(await seriousA11yViolations(el)).to.deep.equal([]);
  });

  it('keeps Tab inside, through inner shadow roots, in both directions', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    root(el).querySelector<HTMLButtonElement>('#opener')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'the dialog opens');
    const close = dialogOf(el).querySelector<HTMLButtonElement>('.dialog-head button')!;
    close.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('inner');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('last');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(close);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused()?.id).to.equal('last');
  });

  it('closes on Escape and gives focus back to the opener', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    const opener = root(el).querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'the dialog opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open && focused() === opener, 'closed, focus back on the opener');
    expect(el.dialog.isOpen).to.equal(false);
    expect(el.closedCount).to.equal(1);
  });

  it('closes from its Close button, or from code with another focus target', async () => {
    const el = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    const opener = root(el).querySelector<HTMLButtonElement>('#opener')!;
    opener.click();
    await waitUntil(() => dialogOf(el).open, 'the dialog opens');
    dialogOf(el).querySelector<HTMLButtonElement>('.dialog-head button')!.click();
    await waitUntil(() => !dialogOf(el).open && focused() === opener, 'closed, focus back on the opener');
    opener.click();
    await waitUntil(() => dialogOf(el).open, 'the dialog opens again');
    const target = root(el).getElementById('elsewhere')!;
    el.dialog.close(target);
    await waitUntil(() => focused() === target, 'focus on the given target');
    expect(dialogOf(el).open).to.equal(false);
    expect(el.closedCount).to.equal(2);
  });
});
