import type { LocalizeController } from './localize-controller.js';
import { roomEn, type RoomTranslation } from './room-en.js';
import { roomEs } from './room-es.js';

type Args<K extends keyof RoomTranslation> = RoomTranslation[K] extends (...args: infer A) => string ? A : [];

/** A room string in the element's language (the same language choice as every other string). */
export function roomText<K extends keyof RoomTranslation>(localize: LocalizeController, key: K, ...args: Args<K>): string {
  const value = (localize.locale === 'es' ? roomEs : roomEn)[key] as string | ((...a: unknown[]) => string);
  return typeof value === 'function' ? value(...args) : value;
}
