/** A price in integer minor units (cents for USD, yen for JPY); `free` when the amount is 0. */
export interface CostEstimate {
  amount: number;
  currency: string;
  free: boolean;
}

/** How many minor units a currency has (2 for USD/EUR, 0 for JPY, 3 for KWD), from `Intl`. */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Estimated cost of a session (SPEC S1): hourly rate × duration, rounded half up to whole minor units.
 * The rate is in major units as mentors enter it (49.5 = $49.50 an hour).
 *
 * @param hourlyRate - per hour, in major units; 0 (or less) means free
 * @param currency - ISO 4217 code
 * @param durationMinutes - session length
 * @returns the amount in integer minor units
 * @example estimateCost(60, 'USD', 45) // { amount: 4500, currency: 'USD', free: false }
 */
export function estimateCost(hourlyRate: number, currency: string, durationMinutes: number): CostEstimate {
  const code = currency.toUpperCase();
  if (!(hourlyRate > 0) || !(durationMinutes > 0)) return { amount: 0, currency: code, free: true };
  const rateMinor = Math.round(hourlyRate * 10 ** minorUnitDigits(code));
  const amount = Math.round((rateMinor * durationMinutes) / 60);
  return { amount, currency: code, free: amount === 0 };
}
