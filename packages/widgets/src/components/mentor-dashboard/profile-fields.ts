import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/en.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderCurrencyPicker, renderLanguagePicker, renderTagInput, renderTimeZonePicker } from '../../shared/profile-pickers.js';
import type { ProfileDraft, ProfileField } from './profile-draft.js';

/** What the fields need from the editor. */
export interface ProfileFieldsContext {
  localize: LocalizeController;
  draft: ProfileDraft;
  errors: Partial<Record<ProfileField, string>>;
  onInput(field: ProfileField, value: string | boolean | string[]): void;
}

type TextField = Exclude<ProfileField, 'mentoringEnabled' | 'expertise' | 'languages'>;

type Kind = 'text' | 'textarea' | 'number' | 'url';

function field(
  ctx: ProfileFieldsContext,
  name: TextField,
  labelKey: keyof Translation,
  kind: Kind = 'text',
  hintKey?: keyof Translation,
): TemplateResult {
  const t = (key: keyof Translation) => ctx.localize.t(key as 'bioLabel');
  const id = `pf-${name}`;
  const error = ctx.errors[name];
  const described = [hintKey ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const onInput = (e: Event) => ctx.onInput(name, (e.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id}>${t(labelKey)}</label>
    ${
      kind === 'textarea'
        ? html`<textarea id=${id} name=${name} rows="4" .value=${ctx.draft[name]} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${onInput}></textarea>`
        : html`<input id=${id} name=${name} type=${kind === 'url' ? 'url' : kind === 'number' ? 'number' : 'text'} min=${kind === 'number' ? '0' : nothing}
          step=${name === 'hourlyRate' ? '0.01' : nothing} .value=${ctx.draft[name]} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} />`
    }
    ${hintKey ? html`<p class="hint" id=${`${id}-hint`}>${t(hintKey)}</p>` : nothing}
    ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** A labelled picker (time zone, currency) with its message. */
function picker(ctx: ProfileFieldsContext, name: 'timeZone' | 'currency', label: string, control: TemplateResult): TemplateResult {
  const error = ctx.errors[name];
  return html`<div class="field">
    <label for=${`pf-${name}`}>${label}</label>
    ${control}
    ${error ? html`<p class="field-error" id=${`pf-${name}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** Every M1 field of the profile form; expertise, languages and time zone use the same pickers as `<mentor-apply>`. */
export function renderProfileFields(ctx: ProfileFieldsContext): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  return html`<div class="grid">
      ${field(ctx, 'displayName', 'displayNameLabel')} ${field(ctx, 'jobTitle', 'jobTitleLabel')}
      ${field(ctx, 'company', 'companyLabel')} ${field(ctx, 'yearsOfExperience', 'yearsLabel', 'number')}
    </div>
    ${field(ctx, 'bio', 'bioLabel', 'textarea', 'bioHint')}
    <div class="field">
      <label for="pf-expertise">${t('expertiseFieldLabel')}</label>
      ${renderTagInput({ localize: ctx.localize, id: 'pf-expertise', tags: ctx.draft.expertise, error: ctx.errors.expertise, onChange: (tags) => ctx.onInput('expertise', tags) })}
    </div>
    ${renderLanguagePicker({
      localize: ctx.localize,
      legend: t('languagesFieldLabel'),
      selected: ctx.draft.languages,
      error: ctx.errors.languages,
      errorId: 'pf-languages-error',
      onChange: (languages) => ctx.onInput('languages', languages),
    })}
    ${field(ctx, 'mentoringGoals', 'goalsLabel', 'textarea')}
    <div class="grid">
      ${field(ctx, 'linkedin', 'linkLinkedin', 'url')} ${field(ctx, 'github', 'linkGithub', 'url')}
      ${field(ctx, 'x', 'linkX', 'url')} ${field(ctx, 'website', 'linkWebsite', 'url')}
      ${field(ctx, 'introVideoUrl', 'introVideoLabel', 'url')}
      ${picker(ctx, 'timeZone', t('timeZoneLabel'), renderTimeZonePicker({ id: 'pf-timeZone', name: 'timeZone', value: ctx.draft.timeZone, invalid: Boolean(ctx.errors.timeZone), describedBy: ctx.errors.timeZone ? 'pf-timeZone-error' : '', onChange: (zone) => ctx.onInput('timeZone', zone) }))}
      ${field(ctx, 'hourlyRate', 'hourlyRateLabel', 'number')}
      ${picker(ctx, 'currency', t('currencyLabel'), renderCurrencyPicker({ id: 'pf-currency', name: 'currency', value: ctx.draft.currency, onChange: (currency) => ctx.onInput('currency', currency) }))}
    </div>
    <label class="check"><input type="checkbox" name="mentoringEnabled" .checked=${ctx.draft.mentoringEnabled}
      @change=${(e: Event) => ctx.onInput('mentoringEnabled', (e.target as HTMLInputElement).checked)} /> ${t('mentoringEnabledLabel')}</label>`;
}
