import { minorUnitDigits } from '@mentorkit/core';
import type { LocalizeController } from '../i18n/localize-controller.js';

/**
 * Money in the widgets, written once (STYLE 15). Amounts come in two shapes: rates as mentors enter
 * them, in major units (49.5 = $49.50 an hour), and prices the service computes, in integer minor units
 * (`Session.cost`, `estimateCost`). Both end in `localize.money` (the locale's currency format); minor
 * units are converted with core's `minorUnitDigits`, the same digits the service used.
 */

/** "Free" or "$25 / hour" for an hourly rate in major units. */
export function formatRate(localize: LocalizeController, hourlyRate: number, currency: string): string {
  return hourlyRate > 0 ? localize.t('perHour', localize.money(hourlyRate, currency)) : localize.t('free');
}

/** "Free" or "$12.50" for a price in integer minor units (a session's cost, a booking estimate). */
export function formatCost(localize: LocalizeController, cost: { amount: number; currency: string; free?: boolean }): string {
  if (cost.free || cost.amount === 0) return localize.t('free');
  return localize.money(cost.amount / 10 ** minorUnitDigits(cost.currency), cost.currency);
}
