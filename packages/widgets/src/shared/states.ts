import { html, type TemplateResult } from 'lit';
import { MentorKitApiError } from '@mentorkit/sdk';
import type { LocalizeController } from '../i18n/localize-controller.js';

/** A user-facing message for any failure, in the viewer's language. */
export function errorMessage(localize: LocalizeController, error: unknown): string {
  if (!(error instanceof MentorKitApiError)) return localize.t('errorGeneric');
  switch (error.code) {
    case 'NETWORK_ERROR':
      return localize.t('errorNetwork');
    case 'RATE_LIMITED':
      return localize.t('errorRateLimited', localize.relativeWait(error.retryAfter ?? 60));
    case 'UNAUTHENTICATED':
    case 'INVALID_TOKEN':
      return localize.t('errorSignInRequired');
    case 'FORBIDDEN':
    case 'ROLE_REQUIRED':
      return localize.t('errorForbidden');
    case 'VALIDATION_FAILED':
      return localize.t('errorValidation');
    default:
      return error.status === 404 ? localize.t('errorNotFound') : localize.t('errorGeneric');
  }
}

/** The loading block (announced politely to screen readers). */
export function renderLoading(localize: LocalizeController): TemplateResult {
  return html`<div class="state loading" part="loading" role="status" aria-live="polite">${localize.t('loading')}</div>`;
}

/** The error block with an optional retry button. */
export function renderError(
  localize: LocalizeController,
  error: unknown,
  retry?: () => void,
  message = errorMessage(localize, error),
): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <p>${message}</p>
    ${retry ? html`<button class="button secondary" type="button" @click=${retry}>${localize.t('retry')}</button>` : null}
  </div>`;
}

/** The empty block. */
export function renderEmpty(message: string, action?: TemplateResult): TemplateResult {
  return html`<div class="state empty" part="empty" role="status"><p>${message}</p>${action ?? null}</div>`;
}
