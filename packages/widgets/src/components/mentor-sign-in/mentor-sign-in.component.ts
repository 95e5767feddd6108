import { MentorKitApiError } from '@mentorkit/sdk';
import type { MentorKitClient } from '@mentorkit/sdk';
import type { AuthResult } from '@mentorkit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MentorSignedInEvent, MentorSignedOutEvent } from '../../base/events.js';
import { MentorElement } from '../../base/mentor-element.js';
import { errorMessage } from '../../shared/states.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { signInStyles } from './mentor-sign-in.styles.js';

type Step = 'email' | 'code' | 'magic';

/** Reads `#community=…&magic=…` from the page address (the link in the sign-in email). */
function magicFromHash(community: string | undefined): string | undefined {
  if (typeof location === 'undefined' || !location.hash.includes('magic=')) return undefined;
  const params = new URLSearchParams(location.hash.slice(1));
  const forCommunity = params.get('community');
  if (forCommunity && community && forCommunity !== community) return undefined;
  return params.get('magic') ?? undefined;
}

/** Drops the spent magic token from the address bar so a reload does not try it again. */
function forgetMagicInHash(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  params.delete('magic');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
}

/**
 * @tagname mentor-sign-in
 * @summary Passwordless sign-in: email → 6-digit code, magic links and host identity tokens (SPEC C3, C4).
 *
 * @fires mentor-signed-in - A member signed in; `detail.user` is who (roles and home view included).
 * @fires mentor-signed-out - The member signed out.
 *
 * @csspart base - The outer box.
 * @csspart form - The email or code form.
 * @csspart input - The email and code inputs.
 * @csspart button - The primary buttons.
 * @csspart message - Status and error messages.
 *
 * @cssprop --mentor-accent - Buttons and focus ring.
 * @cssprop --mentor-radius - Corner radius.
 */
export class MentorSignIn extends MentorElement {
  static override styles = [sharedStyles, signInStyles];

  /** Prefills the email field. */
  @property() email = '';

  @state() private step: Step = 'email';
  @state() private busy = false;
  @state() private message?: { text: string; kind: 'error' | 'info'; field?: 'email' | 'code' };
  @state() private submittedEmail = '';

  @query('input[name="email"]') private emailInput?: HTMLInputElement;
  @query('input[name="code"]') private codeInput?: HTMLInputElement;

  private magicTried = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const client = this.client;
    if (!client || this.magicTried) return;
    const magic = magicFromHash(this.config.community);
    if (!magic) return;
    this.magicTried = true;
    this.step = 'magic';
    forgetMagicInHash();
    void this.run(
      () => client.verifyMagicLink({ token: magic }),
      () => {
        this.step = 'email';
        this.message = { text: this.localize.t('magicLinkFailed'), kind: 'error' };
      },
    );
  }

  protected override async exchangeIdentityToken(client: MentorKitClient, token: string): Promise<unknown> {
    const already = this.auth.user;
    try {
      const result = (await super.exchangeIdentityToken(client, token)) as AuthResult;
      if (!already) this.emit(new MentorSignedInEvent({ user: result.user }));
      return result;
    } catch (error) {
      this.message = { text: this.localize.t('identityFailed'), kind: 'error' };
      throw error;
    }
  }

  /** Runs a sign-in call with busy state; on success announces the member. */
  private async run(action: () => Promise<AuthResult>, onError: (error: unknown) => void): Promise<void> {
    this.busy = true;
    this.message = undefined;
    try {
      const result = await action();
      this.step = 'email';
      this.emit(new MentorSignedInEvent({ user: result.user }));
    } catch (error) {
      onError(error);
    } finally {
      this.busy = false;
    }
  }

  private async requestCode(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const email = (this.emailInput?.value ?? this.submittedEmail).trim();
    if (!client) return;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      this.message = { text: this.localize.t('invalidEmail'), kind: 'error', field: 'email' };
      await this.updateComplete;
      this.emailInput?.focus();
      return;
    }
    this.busy = true;
    this.message = undefined;
    try {
      await client.requestSignInCode({ email, locale: this.localize.locale });
      this.submittedEmail = email;
      this.step = 'code';
      this.message = { text: this.localize.t('codeSentTo', email), kind: 'info' };
      await this.updateComplete;
      this.codeInput?.focus();
    } catch (error) {
      const field = error instanceof MentorKitApiError && error.fieldErrors.email ? 'email' : undefined;
      this.message = { text: field ? this.localize.t('invalidEmail') : errorMessage(this.localize, error), kind: 'error', field };
    } finally {
      this.busy = false;
    }
  }

  private async verifyCode(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const code = (this.codeInput?.value ?? '').replace(/\s/g, '');
    if (!client) return;
    await this.run(
      () => client.verifySignInCode({ email: this.submittedEmail, code }),
      async (error) => {
        const wrongCode = error instanceof MentorKitApiError && (error.code === 'INVALID_CODE' || error.code === 'VALIDATION_FAILED');
        this.message = {
          text: wrongCode ? this.localize.t('invalidCode') : errorMessage(this.localize, error),
          kind: 'error',
          field: 'code',
        };
        await this.updateComplete;
        this.codeInput?.select();
        this.codeInput?.focus();
      },
    );
  }

  private async signOut(): Promise<void> {
    await this.client?.signOut().catch(() => undefined);
    this.emit(new MentorSignedOutEvent());
  }

  private async restart(): Promise<void> {
    this.step = 'email';
    this.message = undefined;
    await this.updateComplete;
    this.emailInput?.focus();
  }

  private renderMessage(): TemplateResult | typeof nothing {
    if (!this.message) return nothing;
    const error = this.message.kind === 'error';
    return html`<p id="message" part="message" class=${error ? 'field-error' : 'hint'} role=${error ? 'alert' : 'status'}>${this.message.text}</p>`;
  }

  private renderEmailStep(): TemplateResult {
    const invalid = this.message?.field === 'email';
    return html`<form part="form" @submit=${this.requestCode} novalidate>
      <p class="muted">${this.localize.t('signInIntro')}</p>
      <div class="field">
        <label for="email">${this.localize.t('emailLabel')}</label>
        <input id="email" part="input" name="email" type="email" autocomplete="email" required .value=${this.submittedEmail || this.email}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${this.message ? 'message' : nothing} />
      </div>
      ${this.renderMessage()}
      <div class="actions">
        <button class="button" part="button" type="submit" ?disabled=${this.busy}>${this.busy ? this.localize.t('sending') : this.localize.t('sendCode')}</button>
      </div>
    </form>`;
  }

  private renderCodeStep(): TemplateResult {
    const invalid = this.message?.field === 'code';
    return html`<form part="form" @submit=${this.verifyCode} novalidate>
      ${this.renderMessage()}
      <div class="field">
        <label for="code">${this.localize.t('codeLabel')}</label>
        <input id="code" part="input" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" pattern="[0-9]{6}" required
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${this.message ? 'message' : nothing} />
      </div>
      <div class="actions">
        <button class="button" part="button" type="submit" ?disabled=${this.busy}>${this.busy ? this.localize.t('verifying') : this.localize.t('verify')}</button>
        <button class="button link" type="button" @click=${this.restart}>${this.localize.t('useAnotherEmail')}</button>
        <button class="button link" type="button" ?disabled=${this.busy} @click=${this.requestCode}>${this.localize.t('resendCode')}</button>
      </div>
    </form>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t.bind(this.localize);
    if (!this.client) return html`<div part="base" class="state error" role="alert">${t('errorNotConfigured')}</div>`;
    const user = this.auth.user;
    if (user) {
      return html`<section part="base" class="signed-in" aria-label=${t('signInTitle')}>
        <p part="message">${t('signedInAs', user.member.name)}</p>
        <button class="button secondary" part="button" type="button" @click=${this.signOut}>${t('signOut')}</button>
      </section>`;
    }
    return html`<section part="base" aria-labelledby="title">
      <h2 id="title">${t('signInTitle')}</h2>
      ${
        this.step === 'magic'
          ? html`<p part="message" role="status">${t('signingInWithLink')}</p>`
          : this.step === 'code'
            ? this.renderCodeStep()
            : this.renderEmailStep()
      }
    </section>`;
  }
}
