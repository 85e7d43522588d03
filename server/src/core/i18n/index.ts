/** Messages in English and French; the rest as users ask. */
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

export interface Msg {
  en: string;
  fr: string;
}

export type MsgData = Record<string, string | number | undefined>;

/** `fr-CA`, `fr_FR`, `FR` -> `fr`; anything unknown -> `en`. */
export function resolveLocale(value: string | undefined | null): Locale {
  const base = (value ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** Fill `{name}` placeholders. Unknown placeholders are left as they are. */
export function format(msg: Msg | string, locale: Locale, data: MsgData = {}): string {
  const template = typeof msg === 'string' ? msg : msg[locale] ?? msg.en;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = data[key];
    return v === undefined ? whole : String(v);
  });
}

/** A list of words joined for a message: `a, b or c` / `a, b ou c`. */
export function joinOr(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const or = locale === 'fr' ? ' ou ' : ' or ';
  return items.slice(0, -1).join(', ') + or + items[items.length - 1];
}
