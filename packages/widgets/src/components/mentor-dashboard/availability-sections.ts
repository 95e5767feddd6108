import type { BookingRules } from '@mentorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { rowField } from './availability-problems.js';
import { allowedDurations, toInputTime, type AvailabilityDraft, type BlackoutRow, type WindowRow } from './availability-draft.js';

/** How the sections change the draft (the editor owns it). */
export interface AvailabilityEditing {
  localize: LocalizeController;
  draft: AvailabilityDraft;
  /** Changes the current draft (a function sees the latest draft, so quick successive edits all stick). */
  update(patch: Partial<AvailabilityDraft> | ((draft: AvailabilityDraft) => Partial<AvailabilityDraft>)): void;
  addWeekly(day: number): void;
  /** Messages by field name (`rowField(key, input)`, `durations`, a rule input id), shown next to the field. */
  errors: Record<string, string>;
}

/** `aria-invalid` and `aria-describedby` for one input, so the message next to it is read with it. */
function invalid(ctx: AvailabilityEditing, field: string): { invalid: 'true' | 'false'; describedBy: string | typeof nothing } {
  return ctx.errors[field] ? { invalid: 'true', describedBy: errorId(field) } : { invalid: 'false', describedBy: nothing };
}

function errorId(field: string): string {
  return `error-${field.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** The messages of one row's inputs, under the row (full width, so they wrap at 375 px). */
function rowErrors(ctx: AvailabilityEditing, key: number): TemplateResult | typeof nothing {
  const fields = (['date', 'start', 'end'] as const).map((input) => rowField(key, input)).filter((f) => ctx.errors[f]);
  return fields.length ? html`${fields.map((f) => html`<p class="field-error row-error" id=${errorId(f)}>${ctx.errors[f]}</p>`)}` : nothing;
}

/** The message of a field that is not in a row (a session length, a rule), under it. */
export function fieldError(ctx: AvailabilityEditing, field: string): TemplateResult | typeof nothing {
  return ctx.errors[field] ? html`<p class="field-error" id=${errorId(field)}>${ctx.errors[field]}</p>` : nothing;
}

const DAYS_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0];

/** "Monday" in the viewer's language (Jan 2023 started on a Sunday). */
function weekdayName(localize: LocalizeController, day: number): string {
  return localize.dateTime(new Date(Date.UTC(2023, 0, 1 + day, 12)), 'UTC', { weekday: 'long' });
}

function replaceRow<T extends { key: number }>(rows: T[], key: number, patch: Partial<T>): T[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

function timeInputs(ctx: AvailabilityEditing, row: WindowRow, label: string, list: 'weekly' | 'overrides'): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const set = (patch: Partial<WindowRow>) => ctx.update((d) => ({ [list]: replaceRow(d[list], row.key, patch) }));
  const start = invalid(ctx, rowField(row.key, 'start'));
  const end = invalid(ctx, rowField(row.key, 'end'));
  return html`<input type="time" step="300" required data-key=${list === 'weekly' ? row.key : ''} aria-label=${t('windowFrom', label)} .value=${row.start}
      aria-invalid=${start.invalid} aria-describedby=${start.describedBy}
      @change=${(e: Event) => set({ start: (e.target as HTMLInputElement).value })} />
    <span aria-hidden="true">–</span>
    <input type="time" step="300" required aria-label=${t('windowTo', label)} .value=${toInputTime(row.end)}
      aria-invalid=${end.invalid} aria-describedby=${end.describedBy}
      @change=${(e: Event) => set({ end: (e.target as HTMLInputElement).value })} />
    <button class="button link" type="button" aria-label=${t('removeWindow', label)}
      @click=${() => ctx.update((d) => ({ [list]: d[list].filter((r) => r.key !== row.key) }))}>${t('remove')}</button>`;
}

/** Weekly windows per day, Monday first (SPEC A1). */
export function renderWeekly(ctx: AvailabilityEditing): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  return html`<div class="days" part="weekly">
    ${DAYS_FROM_MONDAY.map((day) => {
      const name = weekdayName(ctx.localize, day);
      const rows = ctx.draft.weekly.filter((r) => r.day === day);
      return html`<div class="day-row" role="group" aria-label=${name}>
        <span class="day-name" aria-hidden="true">${name}</span>
        <div class="windows">
          ${rows.length === 0 ? html`<span class="muted">${t('notAvailable')}</span>` : ''}
          ${repeat(
            rows,
            (r) => r.key,
            (r, i) => html`<div class="window">${timeInputs(ctx, r, `${name} ${i + 1}`, 'weekly')}${rowErrors(ctx, r.key)}</div>`,
          )}
        </div>
        <button class="button secondary small" type="button" aria-label=${`${t('addWindow')}: ${name}`} @click=${() => ctx.addWeekly(day)}>${t('addWindow')}</button>
      </div>`;
    })}
  </div>`;
}

/** Extra windows on dates (SPEC A2). */
export function renderOverrides(ctx: AvailabilityEditing): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const rows = ctx.draft.overrides;
  return html`<div part="overrides">
    ${rows.length === 0 ? html`<p class="muted">${t('overridesEmpty')}</p>` : ''}
    ${repeat(
      rows,
      (r) => r.key,
      (r, i) => {
        const date = invalid(ctx, rowField(r.key, 'date'));
        return html`<div class="window">
          <input type="date" required data-key=${r.key} aria-label=${`${t('dateLabel')} ${i + 1}`} .value=${r.date ?? ''}
            aria-invalid=${date.invalid} aria-describedby=${date.describedBy}
            @change=${(e: Event) => ctx.update((d) => ({ overrides: replaceRow(d.overrides, r.key, { date: (e.target as HTMLInputElement).value }) }))} />
          ${timeInputs(ctx, r, `${t('dateLabel')} ${i + 1}`, 'overrides')}${rowErrors(ctx, r.key)}
        </div>`;
      },
    )}
  </div>`;
}

/** Time off (SPEC A2: blackouts win over everything). */
export function renderBlackouts(ctx: AvailabilityEditing): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const rows = ctx.draft.blackouts;
  const set = (r: BlackoutRow, patch: Partial<BlackoutRow>) => ctx.update((d) => ({ blackouts: replaceRow(d.blackouts, r.key, patch) }));
  return html`<div part="blackouts">
    ${rows.length === 0 ? html`<p class="muted">${t('blackoutsEmpty')}</p>` : ''}
    ${repeat(
      rows,
      (r) => r.key,
      (r, i) => {
        const [start, end] = [invalid(ctx, rowField(r.key, 'start')), invalid(ctx, rowField(r.key, 'end'))];
        return html`<div class="window">
          <input type="date" required data-key=${r.key} aria-label=${`${t('blackoutStart')} ${i + 1}`} .value=${r.start}
            aria-invalid=${start.invalid} aria-describedby=${start.describedBy} @change=${(e: Event) => set(r, { start: (e.target as HTMLInputElement).value })} />
          <span aria-hidden="true">–</span>
          <input type="date" required aria-label=${`${t('blackoutEnd')} ${i + 1}`} .value=${r.end}
            aria-invalid=${end.invalid} aria-describedby=${end.describedBy} @change=${(e: Event) => set(r, { end: (e.target as HTMLInputElement).value })} />
          <button class="button link" type="button" aria-label=${`${t('remove')}: ${t('blackoutStart')} ${i + 1}`}
            @click=${() => ctx.update((d) => ({ blackouts: d.blackouts.filter((b) => b.key !== r.key) }))}>${t('remove')}</button>
          ${rowErrors(ctx, r.key)}
        </div>`;
      },
    )}
  </div>`;
}

function numberField(
  ctx: AvailabilityEditing,
  id: string,
  label: string,
  value: number,
  min: number,
  max: number,
  step: number,
  write: (n: number) => Partial<BookingRules>,
): TemplateResult {
  const state = invalid(ctx, id);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="number" inputmode="numeric" min=${min} max=${max} step=${step} .value=${String(value)}
      aria-invalid=${state.invalid} aria-describedby=${state.describedBy}
      @change=${(e: Event) => {
        const n = Number((e.target as HTMLInputElement).value);
        if (Number.isFinite(n)) ctx.update((d) => ({ rules: { ...d.rules, ...write(Math.min(max, Math.max(min, n))) } }));
      }} />
    ${fieldError(ctx, id)}
  </div>`;
}

/** Booking rules (SPEC A3), or the community's defaults. */
export function renderRules(ctx: AvailabilityEditing): TemplateResult {
  const t = ctx.localize.t.bind(ctx.localize);
  const { rules, useCommunityRules } = ctx.draft;
  const durations = invalid(ctx, 'durations');
  const toggleDuration = (minutes: number, on: boolean) =>
    ctx.update((d) => ({
      rules: { ...d.rules, durations: on ? [...new Set([...d.rules.durations, minutes])] : d.rules.durations.filter((x) => x !== minutes) },
    }));
  return html`<div part="rules">
    <label class="check"><input type="checkbox" .checked=${useCommunityRules}
      @change=${(e: Event) => ctx.update({ useCommunityRules: (e.target as HTMLInputElement).checked })} /> ${t('useCommunityRules')}</label>
    <fieldset ?disabled=${useCommunityRules} class="rules">
      <legend>${t('durationsLabel')}</legend>
      <div class="checks" role="group" aria-label=${t('durationsLabel')} aria-invalid=${durations.invalid} aria-describedby=${durations.describedBy}>
        ${allowedDurations.map(
          (d) => html`<label class="check"><input type="checkbox" name="durations" .checked=${rules.durations.includes(d)}
            @change=${(e: Event) => toggleDuration(d, (e.target as HTMLInputElement).checked)} /> ${t('minutes', d)}</label>`,
        )}
        ${fieldError(ctx, 'durations')}
      </div>
      <div class="rule-grid">
        <div class="field">
          <label for="step">${t('stepLabel')}</label>
          <select id="step" @change=${(e: Event) => ctx.update((d) => ({ rules: { ...d.rules, slotStepMinutes: Number((e.target as HTMLSelectElement).value) as 15 | 30 } }))}>
            ${[15, 30].map((s) => html`<option value=${s} ?selected=${rules.slotStepMinutes === s}>${t('minutes', s)}</option>`)}
          </select>
        </div>
        ${numberField(ctx, 'notice', t('noticeLabel'), Math.round(rules.minNoticeMinutes / 60), 0, 720, 1, (n) => ({ minNoticeMinutes: n * 60 }))}
        ${numberField(ctx, 'horizon', t('horizonLabel'), rules.horizonDays, 1, 365, 1, (n) => ({ horizonDays: n }))}
        ${numberField(ctx, 'buffer-before', t('bufferBeforeLabel'), rules.bufferBeforeMinutes, 0, 120, 5, (n) => ({ bufferBeforeMinutes: Math.round(n / 5) * 5 }))}
        ${numberField(ctx, 'buffer-after', t('bufferAfterLabel'), rules.bufferAfterMinutes, 0, 120, 5, (n) => ({ bufferAfterMinutes: Math.round(n / 5) * 5 }))}
        ${numberField(ctx, 'max-per-day', t('maxPerDayLabel'), rules.maxSessionsPerDay, 1, 24, 1, (n) => ({ maxSessionsPerDay: n }))}
      </div>
    </fieldset>
  </div>`;
}
