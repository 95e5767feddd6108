import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

const CANDIDATES = 'a[href], button, input, select, textarea, [tabindex]';

/** What Tab can reach inside `root`, in order, looking into the open shadow roots of inner elements. */
function tabbables(root: Element | ShadowRoot, found: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.children) {
    if (
      el instanceof HTMLElement &&
      el.matches(CANDIDATES) &&
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.checkVisibility()
    )
      found.push(el);
    if (el.shadowRoot) tabbables(el.shadowRoot, found);
    tabbables(el, found);
  }
  return found;
}

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a dialog needs from its element. */
export interface ModalDialogOptions {
  /** The dialog's CSS part, also how the controller finds it in the host's shadow root. */
  part: string;
  /** Where focus goes when the dialog closes (default: the element that opened it). */
  returnFocus?: () => HTMLElement | null | undefined;
  /** Called once the dialog has closed, however it closed (Escape, a Close button, `close()`). */
  onClosed?: () => void;
}

/** How one dialog is named and what it holds. */
export interface ModalDialogView {
  /** The id of the element naming the dialog (its heading). */
  labelledBy?: string;
  /** The dialog's name when no heading names it. */
  label?: string;
  /** The id of the element describing it. */
  describedBy?: string;
  /** A heading with a Close button on the same line (`.dialog-head`): `id` is the heading's id. */
  head?: { id: string; text: string; closeLabel: string };
  className?: string;
  content: unknown;
}

/**
 * A modal dialog written once (STYLE 15): a native `<dialog>` opened with `showModal()` (the rest of the
 * page is inert; `aria-modal` says so), named by its heading, Tab and Shift+Tab cycling inside it (into
 * inner elements' shadow roots too), Escape closing it, and focus returning to the element that opened
 * it. Used by the booking and connect dialogs of `<mentor-profile>`, the reason dialog of
 * `<mentor-session-list>` and the messages dialog of every "Message" button (`MessageLauncher`).
 *
 * @example
 * private readonly connect = new ModalDialog(this, { part: 'connect-dialog' });
 * // open: void this.connect.show(button);   render: ${this.connect.render({ labelledBy: 'connect-title', content })}
 */
export class ModalDialog implements ReactiveController {
  private opener?: HTMLElement;
  private shown = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ModalDialogOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.shown;
  }

  private get element(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>(`dialog[part="${this.options.part}"]`);
  }

  /**
   * Opens the dialog once the host has rendered it; `opener` (default: what has focus) gets focus back
   * on close; `focus` names what takes focus inside (default: the first focusable element).
   */
  async show(opener?: HTMLElement | null, focus?: string): Promise<void> {
    this.opener = opener ?? (deepActiveElement() as HTMLElement | null) ?? undefined;
    this.shown = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.element;
    if (!dialog || !this.shown) return;
    if (!dialog.open) dialog.showModal();
    if (focus) dialog.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Closes the dialog; focus goes to `focusTarget` when given, else where `returnFocus` or the opener says. */
  close(focusTarget?: HTMLElement | null): void {
    const dialog = this.element;
    this.closed(focusTarget ?? undefined);
    if (dialog?.open) dialog.close();
  }

  private closed(focusTarget?: HTMLElement): void {
    if (!this.shown) return;
    this.shown = false;
    const target = focusTarget ?? this.options.returnFocus?.() ?? this.opener;
    this.opener = undefined;
    this.options.onClosed?.();
    this.host.requestUpdate();
    if (target) void Promise.resolve().then(() => target.focus());
  }

  /** Tab from the last element goes to the first, Shift+Tab from the first to the last. */
  private readonly keydown = (event: KeyboardEvent): void => {
    const dialog = this.element;
    if (event.key !== 'Tab' || !dialog) return;
    const items = tabbables(dialog);
    if (items.length === 0) return;
    const active = deepActiveElement();
    if (event.shiftKey && active === items[0]) {
      event.preventDefault();
      items[items.length - 1]!.focus();
    } else if (!event.shiftKey && active === items[items.length - 1]) {
      event.preventDefault();
      items[0]!.focus();
    }
  };

  /** The `<dialog>`; place it once in the host's template (it shows only while open). */
  render(view: ModalDialogView): TemplateResult {
    const head = view.head;
    return html`<dialog part=${this.options.part} class=${view.className ?? nothing} aria-modal="true" aria-label=${view.label ?? nothing}
      aria-labelledby=${head?.id ?? view.labelledBy ?? nothing} aria-describedby=${view.describedBy ?? nothing}
      @keydown=${this.keydown} @close=${() => this.closed()}>
      ${
        head
          ? html`<div class="dialog-head">
            <h2 id=${head.id}>${head.text}</h2>
            <button class="button secondary" type="button" @click=${() => this.close()}>${head.closeLabel}</button>
          </div>`
          : nothing
      }
      ${view.content}
    </dialog>`;
  }
}
