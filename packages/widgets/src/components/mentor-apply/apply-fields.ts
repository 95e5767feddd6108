import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { applyStrings } from './apply.strings.js';

/** Languages offered as checkboxes (others can be added by an admin later); names come from `Intl`. */
export const offeredLanguages = ['en', 'es', 'pt', 'fr', 'de', 'it', 'zh', 'hi', 'ar'] as const;
/** Currencies offered for the rate. */
export const offeredCurrencies = ['USD', 'EUR', 'GBP', 'BRL', 'MXN', 'CAD', 'AUD', 'INR', 'JPY'] as const;

/** Every IANA zone the browser knows, the viewer's first. */
export function timeZoneOptions(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** Expertise as removable tags plus a text box: Enter or "Add" turns the text into a tag. */
export function renderTagInput(options: {
  localize: LocalizeController;
  id: string;
  tags: string[];
  error?: string;
  onAdd(tag: string): void;
  onRemove(tag: string): void;
}): TemplateResult {
  const { localize, id, tags } = options;
  const s = localize.strings(applyStrings);
  const add = (input: HTMLInputElement) => {
    const tag = input.value.trim().replace(/\s+/g, ' ');
    if (tag) options.onAdd(tag);
    input.value = '';
  };
  return html`<ul class="tag-list" part="tags" aria-label=${s.applyExpertise}>
      ${tags.map(
        (tag) => html`<li class="tag">${tag}
          <button type="button" class="remove-tag" aria-label=${s.removeTag(tag)} @click=${() => options.onRemove(tag)}>×</button></li>`,
      )}
    </ul>
    <div class="tag-entry">
      <input id=${id} maxlength="40" aria-describedby=${`${id}-hint${options.error ? ` ${id}-error` : ''}`} aria-invalid=${options.error ? 'true' : 'false'}
        ?disabled=${tags.length >= 10}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          add(e.target as HTMLInputElement);
        }} />
      <button class="button secondary" type="button" ?disabled=${tags.length >= 10}
        @click=${(e: Event) => add((e.target as HTMLElement).previousElementSibling as HTMLInputElement)}>${s.applyExpertiseAdd}</button>
    </div>
    <p class="hint" id=${`${id}-hint`}>${s.applyExpertiseHint}</p>
    ${options.error ? html`<p class="field-error" id=${`${id}-error`}>${options.error}</p>` : nothing}`;
}
