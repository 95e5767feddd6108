import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigChange, pageConfiguration } from '../base/config.js';
import { en, type Translation } from './en.js';
import type { Strings, StringTables } from './string-table.js';

/** Languages the widgets speak. */
export type WidgetLocale = 'en' | 'es';

/**
 * The shared tables. English is always there; Spanish loads on first use as a chunk of its own, so a
 * page in English never downloads it (it is about a fifth of an element's first load). Until it
 * arrives, elements show English and re-render when it is there.
 */
const tables: Partial<Record<WidgetLocale, Translation>> = { en };
let spanish: Promise<void> | undefined;
const waitingForSpanish = new Set<ReactiveControllerHost>();

function tableFor(locale: WidgetLocale, host: ReactiveControllerHost): Translation {
  const table = tables[locale];
  if (table) return table;
  waitingForSpanish.add(host);
  spanish ??= import('./es.js').then(({ es }) => {
    tables.es = es;
    for (const waiting of waitingForSpanish) waiting.requestUpdate();
    waitingForSpanish.clear();
  });
  return en;
}

type Args<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string ? A : [];

/** `es-MX` → `es`; anything unknown → undefined. */
export function toWidgetLocale(tag: string | undefined | null): WidgetLocale | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' ? base : undefined;
}

/** The viewer's IANA time zone (from the browser). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Strings, dates and prices in the element's language: its `lang` attribute, else the page-wide
 * `MentorKit.configure({ locale })`, else the browser's languages, else English. Dates always go
 * through `Intl` with an explicit time zone.
 */
export class LocalizeController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onConfigChange(() => this.host.requestUpdate());
    // Start loading a non-English table at once, so texts computed later (an error message kept in
    // state) are already in the viewer's language.
    tableFor(this.locale, this.host);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** `en` or `es`. */
  get locale(): WidgetLocale {
    const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    for (const tag of [this.host.lang, pageConfiguration().locale, ...browser]) {
      const locale = toWidgetLocale(tag);
      if (locale) return locale;
    }
    return 'en';
  }

  /** A translated string; keys with parameters take them as arguments. */
  t<K extends keyof Translation>(key: K, ...args: Args<K>): string {
    const value = tableFor(this.locale, this.host)[key] as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** An element's own strings (see `defineStrings`) in the current language. */
  strings<T extends Strings>(tables: StringTables<T>): T {
    return tables[this.locale] as T;
  }

  /** Date and time, e.g. "Tue, Mar 10, 2:30 PM". */
  dateTime(
    instant: string | Date,
    timeZone: string,
    options: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  ): string {
    return new Intl.DateTimeFormat(this.locale, { ...options, timeZone }).format(new Date(instant));
  }

  /** Time of day, e.g. "2:30 PM". */
  time(instant: string | Date, timeZone: string): string {
    return this.dateTime(instant, timeZone, { hour: 'numeric', minute: '2-digit' });
  }

  /** Calendar day, e.g. "Tuesday, March 10". */
  day(instant: string | Date, timeZone: string): string {
    return this.dateTime(instant, timeZone, { weekday: 'long', month: 'long', day: 'numeric' });
  }

  /**
   * The zone as people read it, e.g. "Asia/Tokyo · GMT+9", "America/New York · GMT−5": no nested
   * parentheses when a caller puts it in its own, and the offset never breaks across lines (a real
   * minus sign and a no-break space keep "GMT−3" whole).
   */
  zoneLabel(timeZone: string, at: Date = new Date()): string {
    const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const name = timeZone.replace(/_/g, ' ');
    return offset ? `${name}\u00a0· ${offset.replace('-', '\u2212')}` : name;
  }

  /** A wait as people say it, e.g. "in 5 minutes" / "dentro de 5 minutos" (rate limits). */
  relativeWait(seconds: number): string {
    const format = new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' });
    if (seconds < 90) return format.format(Math.max(1, Math.round(seconds)), 'second');
    if (seconds < 90 * 60) return format.format(Math.round(seconds / 60), 'minute');
    return format.format(Math.round(seconds / 3600), 'hour');
  }

  /**
   * A price in major units, e.g. "$25" or "25 €": the one currency format of the widgets (hourly rates
   * and prices in minor units reach it through `shared/money.ts`).
   */
  money(amount: number, currency: string): string {
    try {
      return new Intl.NumberFormat(this.locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
      }).format(amount);
    } catch {
      return `${amount} ${currency}`;
    }
  }

  /** A number with the locale's separators. */
  number(value: number, digits = 1): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: digits }).format(value);
  }

  /** A language's name in the viewer's language ("es" → "Spanish" / "español"). */
  languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }
}
