import type { CalendarFeed, EmailPreferences, NotificationPreferences } from '@mentorkit/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorElement } from '../../base/mentor-element.js';
import { viewerTimeZone } from '../../i18n/localize-controller.js';
import { errorMessage, renderError, renderLoading } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { settingsStyles } from './notification-settings.styles.js';
import { settingsStrings } from './settings.strings.js';

type Switch = keyof EmailPreferences;
const switches: { key: Switch; hint?: 'sessionUpdatesHint' | 'remindersHint' }[] = [
  { key: 'sessionUpdates', hint: 'sessionUpdatesHint' },
  { key: 'reminders', hint: 'remindersHint' },
  { key: 'mentorship' },
];

/** Every IANA zone this browser knows (falls back to the viewer's own when `supportedValuesOf` is missing). */
function knownZones(): string[] {
  const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return [...new Set(['UTC', ...list, viewerTimeZone()])];
}

/**
 * @tagname mentor-notification-settings
 * @summary The signed-in member's email preferences (SPEC N1) and private calendar feed (N2): which
 * emails to get, their language and time zone; create, copy, replace or turn off the feed link.
 * Shown as the "Settings" tab of `<mentor-hub>`; works alone with the usual attributes.
 *
 * @csspart base - The outer section.
 * @csspart email - The email preferences form.
 * @csspart save - The save button.
 * @csspart feed - The calendar feed block.
 * @csspart feed-url - The read-only feed link.
 * @csspart feed-button - Each feed action button.
 * @csspart confirm - The inline confirmation before replacing or turning off the link.
 * @csspart status - Success and failure messages.
 *
 * @cssprop --mentor-accent - Buttons and focus.
 * @cssprop --mentor-border - Section borders.
 * @cssprop --mentor-spacing - Gaps.
 */
export class MentorNotificationSettings extends MentorElement {
  static override styles = [sharedStyles, settingsStyles];

  @state() private draft?: { email: EmailPreferences; locale: 'en' | 'es'; timeZone: string | null };
  /** The zone emails use while none is chosen (a mentor's profile zone, else UTC). */
  @state() private fallbackZone = 'UTC';
  @state() private saving = false;
  @state() private emailStatus?: { ok: boolean; text: string };
  @state() private feed?: CalendarFeed;
  @state() private feedBusy = false;
  @state() private confirming?: 'rotate' | 'revoke';
  @state() private feedStatus?: { ok: boolean; text: string };

  private readonly load = new Task(this, {
    args: () => [this.client, this.auth.user?.member.id] as const,
    task: async ([client, memberId], { signal }): Promise<{ prefs: NotificationPreferences; feed: CalendarFeed } | undefined> => {
      if (!client || !memberId) return undefined;
      const [prefs, feed] = await Promise.all([
        client.getNotificationPreferences(undefined, { signal }),
        client.getCalendarFeed(undefined, { signal }),
      ]);
      this.draft = { email: { ...prefs.email }, locale: prefs.locale, timeZone: prefs.timeZone };
      this.fallbackZone = prefs.timeZone ? 'UTC' : prefs.effectiveTimeZone;
      this.feed = feed;
      return { prefs, feed };
    },
  });

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client || !this.draft || this.saving) return;
    this.saving = true;
    this.emailStatus = undefined;
    try {
      const saved = await client.updateNotificationPreferences({
        email: this.draft.email,
        locale: this.draft.locale,
        timeZone: this.draft.timeZone,
      });
      this.draft = { email: { ...saved.email }, locale: saved.locale, timeZone: saved.timeZone };
      this.emailStatus = { ok: true, text: this.localize.strings(settingsStrings).saved };
    } catch (error) {
      this.emailStatus = { ok: false, text: errorMessage(this.localize, error) };
    } finally {
      this.saving = false;
    }
  }

  private async feedAction(action: 'create' | 'rotate' | 'revoke'): Promise<void> {
    const client = this.client;
    if (!client || this.feedBusy) return;
    this.feedBusy = true;
    this.feedStatus = undefined;
    try {
      this.feed = action === 'revoke' ? await client.revokeCalendarFeed() : await client.rotateCalendarFeed();
      this.confirming = undefined;
      if (action !== 'create')
        this.feedStatus = { ok: true, text: this.localize.strings(settingsStrings)[action === 'rotate' ? 'feedRotated' : 'feedRevoked'] };
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>(this.feed.url ? '#feed-url' : '[data-action="create"]')?.focus();
    } catch (error) {
      this.feedStatus = { ok: false, text: errorMessage(this.localize, error) };
    } finally {
      this.feedBusy = false;
    }
  }

  private async ask(action: 'rotate' | 'revoke'): Promise<void> {
    this.confirming = action;
    this.feedStatus = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[data-action="confirm"]')?.focus();
  }

  private async cancelConfirm(): Promise<void> {
    const action = this.confirming;
    this.confirming = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
  }

  private async copy(): Promise<void> {
    const url = this.feed?.url;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.feedStatus = { ok: true, text: this.localize.strings(settingsStrings).feedCopied };
    } catch {
      this.shadowRoot?.querySelector<HTMLInputElement>('#feed-url')?.select();
      this.feedStatus = { ok: false, text: this.localize.strings(settingsStrings).feedCopyFailed };
    }
  }

  private renderStatus(status: { ok: boolean; text: string } | undefined): TemplateResult {
    // The live region stays in the DOM so screen readers announce the message when it appears.
    return html`<p class="status ${status ? (status.ok ? 'ok' : 'bad') : 'idle'}" part="status" role="status" aria-live="polite">${status?.text ?? ''}</p>`;
  }

  private renderEmail(): TemplateResult {
    const s = this.localize.strings(settingsStrings);
    const draft = this.draft!;
    const device = viewerTimeZone();
    const set = (patch: Partial<typeof draft>) => {
      this.draft = { ...draft, ...patch };
      this.emailStatus = undefined;
    };
    return html`<form part="email" aria-labelledby="email-heading" @submit=${this.save}>
      <h3 id="email-heading">${s.emailHeading}</h3>
      <p class="muted">${s.emailIntro}</p>
      <fieldset class="switches">
        <legend class="visually-hidden">${s.emailHeading}</legend>
        ${switches.map(
          (sw) => html`<div class="switch">
            <input type="checkbox" id=${`pref-${sw.key}`} name=${sw.key} .checked=${draft.email[sw.key]}
              aria-describedby=${sw.hint ? `pref-${sw.key}-hint` : nothing}
              @change=${(e: Event) => set({ email: { ...draft.email, [sw.key]: (e.target as HTMLInputElement).checked } })} />
            <label for=${`pref-${sw.key}`}>${s[sw.key]}${sw.hint ? html`<span class="hint" id=${`pref-${sw.key}-hint`}>${s[sw.hint]}</span>` : nothing}</label>
          </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="pref-locale">${s.language}</label>
        <select id="pref-locale" name="locale" .value=${draft.locale} @change=${(e: Event) => set({ locale: (e.target as HTMLSelectElement).value as 'en' | 'es' })}>
          <option value="en" ?selected=${draft.locale === 'en'} lang="en">English</option>
          <option value="es" ?selected=${draft.locale === 'es'} lang="es">Español</option>
        </select>
      </div>
      <div class="field">
        <label for="pref-zone">${s.timeZone}</label>
        <select id="pref-zone" name="timeZone" @change=${(e: Event) => set({ timeZone: (e.target as HTMLSelectElement).value || null })}>
          <option value="" ?selected=${draft.timeZone === null}>${s.timeZoneUnset(this.fallbackZone.replace(/_/g, ' '))}</option>
          ${knownZones().map((zone) => html`<option value=${zone} ?selected=${draft.timeZone === zone}>${zone.replace(/_/g, ' ')}</option>`)}
        </select>
        ${
          draft.timeZone !== device
            ? html`<button class="button link" type="button" data-action="device-zone" @click=${() => set({ timeZone: device })}>${s.useDeviceZone(device.replace(/_/g, ' '))}</button>`
            : nothing
        }
      </div>
      <button class="button" part="save" type="submit" ?disabled=${this.saving}>${s.save}</button>
      ${this.renderStatus(this.emailStatus)}
    </form>`;
  }

  private renderFeed(): TemplateResult {
    const s = this.localize.strings(settingsStrings);
    const url = this.feed?.url;
    const busy = this.feedBusy;
    let body: TemplateResult;
    if (!url) {
      body = html`<p>${s.feedNone}</p>
        <button class="button" part="feed-button" type="button" data-action="create" ?disabled=${busy} @click=${() => this.feedAction('create')}>${s.feedCreate}</button>`;
    } else {
      body = html`<div class="field">
          <label for="feed-url">${s.feedUrl}</label>
          <input id="feed-url" part="feed-url" type="text" readonly .value=${url} aria-describedby="feed-private" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <p class="hint" id="feed-private">${s.feedPrivate}</p>
        </div>
        <div class="actions">
          <button class="button" part="feed-button" type="button" data-action="copy" @click=${this.copy}>${s.feedCopy}</button>
          <button class="button secondary" part="feed-button" type="button" data-action="rotate" ?disabled=${busy} aria-expanded=${this.confirming === 'rotate' ? 'true' : 'false'} @click=${() => this.ask('rotate')}>${s.feedRotate}</button>
          <button class="button secondary" part="feed-button" type="button" data-action="revoke" ?disabled=${busy} aria-expanded=${this.confirming === 'revoke' ? 'true' : 'false'} @click=${() => this.ask('revoke')}>${s.feedRevoke}</button>
        </div>
        ${
          this.confirming
            ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-text" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancelConfirm()}>
              <p id="confirm-text">${s[this.confirming === 'rotate' ? 'feedRotateConfirm' : 'feedRevokeConfirm']}</p>
              <button class="button" type="button" data-action="confirm" ?disabled=${busy} @click=${() => this.feedAction(this.confirming!)}>${s.feedConfirm}</button>
              <button class="button secondary" type="button" data-action="keep" @click=${this.cancelConfirm}>${s.feedCancel}</button>
            </div>`
            : nothing
        }`;
    }
    return html`<section class="feed" part="feed" aria-labelledby="feed-heading">
      <h3 id="feed-heading">${s.feedHeading}</h3>
      <p class="muted">${s.feedIntro}</p>
      ${body} ${this.renderStatus(this.feedStatus)}
    </section>`;
  }

  protected override render(): TemplateResult {
    if (!this.client) return renderError(this.localize, undefined, undefined, this.localize.t('errorNotConfigured'));
    if (this.auth.user === null) return renderError(this.localize, undefined, undefined, this.localize.t('errorSignInRequired'));
    if (this.load.status === TaskStatus.ERROR) return renderError(this.localize, this.load.error, () => this.load.run());
    if (!this.draft) return renderLoading(this.localize);
    return html`<div class="settings" part="base">${this.renderEmail()} ${this.renderFeed()}</div>`;
  }
}
