/**
 * Language codes WhatsApp accepts for message templates (`language` of the
 * `message_templates` payload and of a template send).
 *
 * Version: 2026-05 (walint data v1).
 * Sources:
 *  - Meta, "Supported Languages" table of the message templates reference
 *    (developers.facebook.com/docs/whatsapp/api/messages/message-templates), the
 *    classic list of 71 codes (68 of them also copied by Wati);
 *  - Meta's newer list, updated May 21, 2026, as mirrored by YCloud: regional
 *    variants. Only the A–F part of the additions could be read; see
 *    shared/reference/whatsapp-policy-catalogue.md §5.
 * The list is therefore known to be incomplete for recent regional variants:
 * `template/language-known` is a warning and users can add codes with the rule's
 * `languages` option. Update this file (and the version line) when Meta's list changes.
 */
export const LANGUAGES_VERSION = '2026-05';

/** Classic codes (base languages and the first regional variants). */
const CLASSIC = [
  'af', 'sq', 'ar', 'az', 'bn', 'bg', 'ca', 'zh_CN', 'zh_HK', 'zh_TW', 'hr', 'cs', 'da', 'nl', 'en', 'en_GB', 'en_US',
  'et', 'fil', 'fi', 'fr', 'ka', 'de', 'el', 'gu', 'ha', 'he', 'hi', 'hu', 'id', 'ga', 'it', 'ja', 'kn', 'kk', 'rw_RW',
  'ko', 'ky_KG', 'lo', 'lv', 'lt', 'mk', 'ms', 'ml', 'mr', 'nb', 'fa', 'pl', 'pt_BR', 'pt_PT', 'pa', 'ro', 'ru', 'sr',
  'sk', 'sl', 'es', 'es_AR', 'es_ES', 'es_MX', 'sw', 'sv', 'ta', 'te', 'th', 'tr', 'uk', 'ur', 'uz', 'vi', 'zu',
] as const;

/** Regional variants added by Meta in 2025–26 (the part that could be read). */
const REGIONAL_2026 = [
  'ar_EG', 'ar_AE', 'ar_LB', 'ar_MA', 'ar_QA', 'be_BY', 'bn_IN', 'prs_AF', 'nl_BE',
  'en_AE', 'en_AU', 'en_CA', 'en_GH', 'en_IE',
] as const;

export const TEMPLATE_LANGUAGES: ReadonlySet<string> = new Set<string>([...CLASSIC, ...REGIONAL_2026]);

/** The canonical spelling of a code written with another case or a hyphen (`en-us` -> `en_US`), if known. */
export function canonicalLanguage(code: string): string | undefined {
  const key = code.replace(/-/g, '_').toLowerCase();
  for (const c of TEMPLATE_LANGUAGES) if (c.toLowerCase() === key) return c;
  return undefined;
}

/** The shape WhatsApp uses: `xx`, `xxx`, `xx_YY`, `xxx_YY`. */
export const LANGUAGE_CODE_RE = /^[a-z]{2,3}(_[A-Z]{2})?$/;

/** Rewrite a code into WhatsApp's shape (`EN-us` -> `en_US`), whether or not it is known. */
export function normaliseLanguage(code: string): string {
  const m = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?$/.exec(code.trim());
  if (!m) return code;
  return m[2] ? `${m[1].toLowerCase()}_${m[2].toUpperCase()}` : m[1].toLowerCase();
}
