import { css, html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { pickerStrings } from './profile-pickers.strings.js';

/**
 * The friendly inputs of a mentor profile — expertise as tags, languages as named checkboxes, the time
 * zone as a list — shared by "Become a mentor" (`<mentor-apply>`) and the profile editor, so both look
 * and behave the same. Each is a render function: the element owns the value and passes callbacks.
 */

/** Languages always offered as checkboxes (a member's other languages are added to the list); names come from `Intl`. */
export const offeredLanguages = ['en', 'es', 'pt', 'fr', 'de', 'it', 'zh', 'hi', 'ar'] as const;
/** Currencies offered for the rate. */
export const offeredCurrencies = ['USD', 'EUR', 'GBP', 'BRL', 'MXN', 'CAD', 'AUD', 'INR', 'JPY'] as const;
/** The most expertise tags a profile may have (the service's limit). */
export const maxTags = 10;

/** Every IANA zone the browser knows, with `current` first when the browser does not list it. */
export function timeZoneOptions(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** A time zone `<select>` ("America/New York"); the label is the caller's `<label for=id>`. */
export function renderTimeZonePicker(options: {
  id: string;
  value: string;
  name?: string;
  invalid?: boolean;
  describedBy?: string;
  onChange?(zone: string): void;
}): TemplateResult {
  return html`<select id=${options.id} name=${options.name ?? nothing} aria-invalid=${options.invalid ? 'true' : 'false'} aria-describedby=${options.describedBy || nothing}
    @change=${(e: Event) => options.onChange?.((e.target as HTMLSelectElement).value)}>
    ${timeZoneOptions(options.value).map((z) => html`<option value=${z} ?selected=${z === options.value}>${z.replace(/_/g, ' ')}</option>`)}
  </select>`;
}

/** A currency `<select>`, keeping a stored currency that is not among the offered ones. */
export function renderCurrencyPicker(options: {
  id: string;
  value: string;
  name?: string;
  onChange?(currency: string): void;
}): TemplateResult {
  const codes =
    offeredCurrencies.includes(options.value as 'USD') || !options.value ? [...offeredCurrencies] : [options.value, ...offeredCurrencies];
  return html`<select id=${options.id} name=${options.name ?? nothing} @change=${(e: Event) => options.onChange?.((e.target as HTMLSelectElement).value)}>
    ${codes.map((c) => html`<option value=${c} ?selected=${c === options.value}>${c}</option>`)}
  </select>`;
}

/** What the boxes say now (two quick clicks before a re-render both count). */
function checkedIn(fieldset: HTMLFieldSetElement): string[] {
  return [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);
}

/** Languages as checkboxes in a fieldset with its legend; the member's own languages are always listed. */
export function renderLanguagePicker(options: {
  localize: LocalizeController;
  legend: string;
  selected: string[];
  error?: string;
  errorId?: string;
  onChange(languages: string[]): void;
}): TemplateResult {
  const { localize, selected } = options;
  const codes = [...new Set<string>([...offeredLanguages, ...selected.map((c) => c.toLowerCase())])];
  const errorId = options.errorId ?? 'languages-error';
  return html`<fieldset class="field picker-languages" aria-invalid=${options.error ? 'true' : 'false'} aria-describedby=${options.error ? errorId : nothing}>
    <legend>${options.legend}</legend>
    ${codes.map(
      (code) => html`<label class="check"><input type="checkbox" name="languages" value=${code} .checked=${selected.includes(code)}
        @change=${(e: Event) => options.onChange(checkedIn((e.target as HTMLElement).closest('fieldset')!))} />
        ${localize.languageName(code)}</label>`,
    )}
    ${options.error ? html`<p class="field-error" id=${errorId}>${options.error}</p>` : nothing}
  </fieldset>`;
}

/** Expertise as removable tags plus a text box: Enter or "Add" turns the text into a tag (no duplicates, at most 10). */
export function renderTagInput(options: {
  localize: LocalizeController;
  id: string;
  tags: string[];
  error?: string;
  onChange(tags: string[]): void;
}): TemplateResult {
  const { localize, id, tags } = options;
  const s = localize.strings(pickerStrings);
  const add = (input: HTMLInputElement) => {
    const tag = input.value.trim().replace(/\s+/g, ' ');
    if (tag && !tags.some((x) => x.toLowerCase() === tag.toLowerCase())) options.onChange([...tags, tag]);
    input.value = '';
  };
  const full = tags.length >= maxTags;
  return html`<ul class="tag-list" part="tags" aria-label=${s.tagsLabel}>
      ${tags.map(
        (tag) => html`<li class="tag">${tag}
          <button type="button" class="remove-tag" aria-label=${s.removeTag(tag)} @click=${() => options.onChange(tags.filter((x) => x !== tag))}>×</button></li>`,
      )}
    </ul>
    <div class="tag-entry">
      <input id=${id} maxlength="40" aria-describedby=${`${id}-hint${options.error ? ` ${id}-error` : ''}`} aria-invalid=${options.error ? 'true' : 'false'}
        ?disabled=${full}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          add(e.target as HTMLInputElement);
        }} />
      <button class="button secondary" type="button" ?disabled=${full}
        @click=${(e: Event) => add((e.target as HTMLElement).previousElementSibling as HTMLInputElement)}>${s.tagAdd}</button>
    </div>
    <p class="hint" id=${`${id}-hint`}>${s.tagsHint}</p>
    ${options.error ? html`<p class="field-error" id=${`${id}-error`}>${options.error}</p>` : nothing}`;
}

/** Styles of the pickers; an element that renders them adds this sheet. */
export const pickerStyles = css`
  .tag-list {
    list-style: none;
    padding: 0;
    margin: 0 0 0.375rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .tag-list .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .remove-tag {
    border: 0;
    background: transparent;
    cursor: pointer;
    font-size: 1.125em;
    line-height: 1;
    padding: 0 0.125rem;
    color: var(--_text-muted);
  }
  .tag-entry {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .tag-entry input {
    min-width: 0;
    flex: 1;
  }
  fieldset.picker-languages {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    min-width: 0;
  }
  fieldset.picker-languages[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  fieldset.picker-languages > .field-error {
    flex-basis: 100%;
  }
  fieldset.picker-languages legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  fieldset.picker-languages .check {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400;
    margin: 0;
  }
  .check input {
    width: auto;
  }
`;
