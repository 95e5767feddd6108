import type { MentorSlots } from '@mentorkit/core';
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** The week's open times grouped by day in the viewer's zone; each time a toggle button. */
export function renderSlotPicker(
  localize: LocalizeController,
  slots: MentorSlots['slots'],
  timeZone: string,
  selected: string | undefined,
  onPick: (start: string) => void,
): TemplateResult {
  const days = new Map<string, MentorSlots['slots']>();
  for (const slot of slots) days.set(slot.date, [...(days.get(slot.date) ?? []), slot]);
  return html`<div class="days" part="slots">
    ${[...days.values()].map((daySlots) => {
      const day = localize.day(daySlots[0]!.start, timeZone);
      return html`<div class="day" role="group" aria-label=${localize.t('slotsForDay', day)}>
        <h3 aria-hidden="true">${day}</h3>
        <div class="day-slots">
          ${daySlots.map(
            (
              slot,
            ) => html`<button type="button" class="slot" part="slot-button" data-start=${slot.start} aria-pressed=${slot.start === selected ? 'true' : 'false'}
              aria-label=${localize.dateTime(slot.start, timeZone)} @click=${() => onPick(slot.start)}>${localize.time(slot.start, timeZone)}</button>`,
          )}
        </div>
      </div>`;
    })}
  </div>`;
}
