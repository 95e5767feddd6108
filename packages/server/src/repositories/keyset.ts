import { decodeKeysetCursor, encodeKeysetCursor } from '@mentorkit/core';
import type { Filter } from '../storage/types.js';

// Keyset paging, written once for every list: a page is sorted by one field and then `_id`; its cursor
// (core's `encodeKeysetCursor`) is `[sort value of the last item, its id]`, the sort value as a number
// for dates (ms) and numbers, else as a string.

/**
 * Items after `[value, id]` in a list sorted by `field` then `_id`, both ascending (`1`) or both descending (`-1`).
 * @example find({ $and: [filter, afterPosition('createdAt', -1, at, id)] }, { sort: { createdAt: -1, _id: -1 } })
 */
export function afterPosition(field: string, direction: 1 | -1, value: string | number | Date, id: string): Filter {
  const op = direction === 1 ? '$gt' : '$lt';
  return { $or: [{ [field]: { [op]: value } }, { [field]: value, _id: { [op]: id } }] };
}

/** The position in a cursor of a list sorted by a date: `{ at, id }`; a 400 naming `param` for anything else. */
export function decodeDateCursor(cursor: string, param = 'cursor'): { at: Date; id: string } {
  const [ms, id] = decodeKeysetCursor(cursor, ['number', 'string'], param);
  return { at: new Date(ms), id };
}

/** The position in a cursor of a list sorted by a string field (an email, a name). */
export function decodeTextCursor(cursor: string, param = 'cursor'): { value: string; id: string } {
  const [value, id] = decodeKeysetCursor(cursor, ['string', 'string'], param);
  return { value, id };
}

/** The cursor just after the item at `[value, id]` (a Date is written as its ms). */
export function cursorAfter(value: string | number | Date, id: string): string {
  return encodeKeysetCursor([value instanceof Date ? value.getTime() : value, id]);
}

/**
 * The page out of the `limit + 1` items found (one more than asked, to know whether another page exists),
 * with the cursor after its last item, or null at the end.
 */
export function pageOf<T extends { id: string }>(
  found: T[],
  limit: number,
  sortValue: (item: T) => string | number | Date,
): { items: T[]; nextCursor: string | null } {
  const items = found.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: found.length > limit && last ? cursorAfter(sortValue(last), last.id) : null };
}
