import { validationFailed } from '@mentorkit/core';
import { CLAIM_STEP_MS } from '../repositories/slot-claim-repository.js';

/**
 * Refuses (400) a start off the 5-minute grid that time claims use (SPEC S5), for booking and rescheduling alike.
 * @returns the start as a Date
 */
export function startOnGrid(start: string): Date {
  const at = new Date(start);
  if (at.getTime() % CLAIM_STEP_MS !== 0) {
    throw validationFailed('request body', { path: 'start', message: 'Expected a start on a 5-minute boundary, like 14:05' });
  }
  return at;
}
