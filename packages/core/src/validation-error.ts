import type { ZodError } from 'zod';
import { MentorKitError } from './errors.js';

/** One field's problem, as every 400 lists it in `details`: `{ path: 'start', message: 'Expected a future time' }`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * The one shape of a 400 for bad input: code `VALIDATION_FAILED`, a message naming the first three
 * problems (`Invalid request body: start: Expected a future time`) and every problem in `details`.
 * Zod failures at the edge and the checks services make after parsing both come through here, so a
 * client reads field errors the same way wherever they were found.
 * @param where what was invalid, e.g. `'request body'`, `'request query'`, `'settings'`
 * @example throw validationFailed('request query', { path: 'cursor', message: 'Expected a cursor from a previous page' })
 */
export function validationFailed(
  where: string,
  problems: FieldProblem | readonly FieldProblem[],
  options: { cause?: unknown } = {},
): MentorKitError {
  const details = Array.isArray(problems) ? [...problems] : [problems as FieldProblem];
  const summary = details
    .slice(0, 3)
    .map((d) => `${d.path}: ${d.message}`)
    .join('; ');
  return new MentorKitError('VALIDATION_FAILED', `Invalid ${where}: ${summary}`, {
    details,
    ...(options.cause !== undefined ? { cause: options.cause } : {}),
  });
}

/** Field problems of a zod error; the root is named `(root)`. */
export function zodProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message }));
}

/** A zod failure as the one validation error (see `validationFailed`). */
export function zodValidationError(error: ZodError, where: string): MentorKitError {
  return validationFailed(where, zodProblems(error));
}
