import type { LocalizeController } from './localize-controller.js';
import { roomEn, type RoomTranslation } from './room-en.js';
import { roomEs } from './room-es.js';
import { defineStrings } from './string-table.js';

/** The room's and the notes' own strings (`defineStrings`): bundled only with them, not in every first load. */
export const roomStrings = defineStrings({ en: roomEn as RoomTranslation, es: roomEs });

type Args<K extends keyof RoomTranslation> = RoomTranslation[K] extends (...args: infer A) => string ? A : [];

/** A room string in the element's language. */
export function roomText<K extends keyof RoomTranslation>(localize: LocalizeController, key: K, ...args: Args<K>): string {
  const value = localize.strings(roomStrings)[key] as string | ((...a: unknown[]) => string);
  return typeof value === 'function' ? value(...args) : value;
}
