/** A table of strings: plain texts, or functions of their parameters. */
export type Strings = Record<string, string | ((...args: never[]) => string)>;

type SameShape<T extends Strings> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** One element's strings in every language the widgets speak; Spanish must have the same keys. */
export interface StringTables<T extends Strings> {
  en: T;
  es: SameShape<T>;
}

/**
 * Declares an element's own strings, bundled only with that element (the shared table in `en.ts` /
 * `es.ts` is in every element's first load, so texts one element needs do not belong there).
 * @example export const adminStrings = defineStrings({ en: { title: 'Admin' }, es: { title: 'Administración' } })
 */
export function defineStrings<T extends Strings>(tables: StringTables<T>): StringTables<T> {
  return tables;
}
