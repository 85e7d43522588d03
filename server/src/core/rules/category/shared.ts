/**
 * Shared helpers of the `category/*` rules: the classifier input built from a template,
 * one verdict per template object per lint run (WeakMap), where a signal lives in the
 * file, how a signal is named in a message, and the "set the category" suggestion.
 */
import { classifyTemplate, SIGNAL_TYPES, type CategoryInput, type CategorySignal, type CategoryVerdict } from '../../category/classifier';
import { replaceScalar } from '../../fix/edits';
import type { TextEdit } from '../../findings';
import type { Locale } from '../../i18n';
import type { ComponentModel, TemplateModel } from '../../model/template';
import type { Path } from '../../parse/yamlFile';
import type { OffsetRange } from '../../text';
import type { RuleContext } from '../types';
import { memoTable } from '../../util/memo';

export const CATEGORY_SOURCE = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization';

// ---------------------------------------------------------------------------------------
// Classifier input and cache
// ---------------------------------------------------------------------------------------

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The template's category as written (upper case), valid or not. */
export function categoryOf(t: TemplateModel): string | undefined {
  return t.category ?? (typeof t.rawCategory === 'string' ? t.rawCategory.toUpperCase() : undefined);
}

/** Example values of the body parameters, in the order the classifier expects. */
function bodyExamples(body: ComponentModel | undefined): string[] | undefined {
  const ex = obj(body?.raw.example);
  if (!ex) return undefined;
  const positional = ex.body_text;
  if (Array.isArray(positional)) {
    const row = Array.isArray(positional[0]) ? (positional[0] as unknown[]) : positional;
    return row.map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : ''));
  }
  const named = ex.body_text_named_params;
  if (Array.isArray(named) && body?.text) {
    const byName = new Map<string, string>();
    for (const e of named) {
      const o = obj(e);
      const name = str(o?.param_name);
      if (name) byName.set(name, String(o?.example ?? ''));
    }
    const order: string[] = [];
    for (const m of body.text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) if (!order.includes(m[1])) order.push(m[1]);
    return order.map((n) => byName.get(n) ?? '');
  }
  return undefined;
}

/** The classifier's view of a template (top-level components only). */
export function categoryInput(t: TemplateModel): CategoryInput {
  const buttons: NonNullable<CategoryInput['buttons']> = [];
  const rawButtons = t.buttons?.raw.buttons;
  if (Array.isArray(rawButtons)) {
    for (const b of rawButtons) {
      const o = obj(b);
      buttons.push({ type: str(o?.type) ?? '', text: str(o?.text), url: str(o?.url) });
    }
  }
  return {
    language: t.language,
    category: categoryOf(t),
    header: str(t.header?.raw.text),
    body: str(t.body?.raw.text) ?? '',
    footer: str(t.footer?.raw.text),
    buttons,
    examples: bodyExamples(t.body),
  };
}

const cache = memoTable<TemplateModel, CategoryVerdict>();

/**
 * The classifier's verdict for a template, computed once per template object: the rules of
 * this group share it within a lint run (a new analysis builds new template objects).
 * Scores are independent of the threshold, so rules compare `marketingScore` with their own.
 */
export function verdictOf(t: TemplateModel): CategoryVerdict {
  let v = cache.get(t);
  if (!v) {
    v = classifyTemplate(categoryInput(t));
    cache.set(t, v);
  }
  return v;
}

/** The `threshold` option of a rule, when it is a positive number; else the classifier's. */
export function thresholdOption(ctx: RuleContext, fallback: number): number {
  const v = ctx.options.threshold;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
}

// ---------------------------------------------------------------------------------------
// Where a signal is
// ---------------------------------------------------------------------------------------

/** Path of the scalar a signal was found in (text of a component, button field, example value). */
export function signalPath(t: TemplateModel, s: CategorySignal): Path | undefined {
  if (s.component === 'BUTTONS') {
    if (!t.buttons || s.index === undefined) return undefined;
    const b = obj((t.buttons.raw.buttons as unknown[] | undefined)?.[s.index]);
    if (!b) return undefined;
    const field = s.field === 'url' ? 'url' : typeof b.text === 'string' && b.text !== '' ? 'text' : 'type';
    return [...t.buttons.path, 'buttons', s.index, field];
  }
  const c = s.component === 'HEADER' ? t.header : s.component === 'BODY' ? t.body : t.footer;
  if (!c) return undefined;
  if (s.example !== undefined) {
    const ex = obj(c.raw.example);
    if (Array.isArray(ex?.body_text)) {
      const nested = Array.isArray(ex.body_text[0]);
      return nested ? [...c.path, 'example', 'body_text', 0, s.example] : [...c.path, 'example', 'body_text', s.example];
    }
    // Named parameters: the example of the parameter the signal's span names.
    const name = /^\{\{\s*([^{}]*?)\s*\}\}$/.exec(str(c.raw.text)?.slice(s.start, s.end) ?? '')?.[1];
    const named = ex?.body_text_named_params;
    if (name && Array.isArray(named)) {
      const i = named.findIndex((e) => str(obj(e)?.param_name) === name);
      if (i >= 0) return [...c.path, 'example', 'body_text_named_params', i, 'example'];
    }
    return [...c.path, 'text'];
  }
  return [...c.path, 'text'];
}

/**
 * File range of `text.slice(start, end)` inside the scalar at `path`. Plain and quoted scalars
 * written on one line, without escapes, map directly; otherwise the piece is looked up and used
 * only when it occurs exactly once in both the value and the source. Else undefined (the caller
 * falls back to the whole value).
 */
export function pieceRange(ctx: RuleContext, path: Path, text: string, start: number, end: number): OffsetRange | undefined {
  const r = ctx.file.yaml.innerRange(path);
  if (!r || end <= start) return undefined;
  const src = ctx.file.text.slice(r.start, r.end);
  if (src === text) return { start: r.start + start, end: r.start + end };
  const piece = text.slice(start, end);
  const once = (hay: string): number => {
    const i = hay.indexOf(piece);
    return i >= 0 && hay.indexOf(piece, i + 1) < 0 ? i : -1;
  };
  if (once(text) < 0) return undefined;
  const at = once(src);
  return at < 0 ? undefined : { start: r.start + at, end: r.start + at + piece.length };
}

/** The range of a signal in the file: its words when they can be mapped, else its whole value. */
export function signalRange(ctx: RuleContext, t: TemplateModel, s: CategorySignal): OffsetRange | undefined {
  const path = signalPath(t, s);
  if (!path) return undefined;
  const value = ctx.file.yaml.node(path) ? valueAt(t, s) : undefined;
  if (value !== undefined) {
    const [a, b] = s.example !== undefined ? findIn(value, s.text) : [s.start, s.end];
    const exact = a >= 0 ? pieceRange(ctx, path, value, a, b) : undefined;
    if (exact) return exact;
  }
  return ctx.file.yaml.rangeOf(path, 'value');
}

function findIn(value: string, piece: string): [number, number] {
  const i = piece ? value.indexOf(piece) : -1;
  return i >= 0 ? [i, i + piece.length] : [-1, -1];
}

/** The string value the signal's offsets refer to (example signals: the example value). */
function valueAt(t: TemplateModel, s: CategorySignal): string | undefined {
  if (s.component === 'BUTTONS') {
    const b = obj((t.buttons?.raw.buttons as unknown[] | undefined)?.[s.index ?? -1]);
    const v = s.field === 'url' ? b?.url : b?.text;
    return typeof v === 'string' && v !== '' ? v : undefined;
  }
  const c = s.component === 'HEADER' ? t.header : s.component === 'BODY' ? t.body : t.footer;
  if (!c) return undefined;
  if (s.example !== undefined) return bodyExamples(c)?.[s.example];
  return str(c.raw.text);
}

// ---------------------------------------------------------------------------------------
// How a signal reads in a message
// ---------------------------------------------------------------------------------------

/** Short names of the signals, for the lists in messages. */
const SHORT: Record<string, { en: string; fr: string }> = {
  'marketing/discount': { en: 'discount', fr: 'réduction' },
  'marketing/coupon': { en: 'promo code', fr: 'code promo' },
  'marketing/free-gift': { en: 'freebie', fr: 'cadeau' },
  'marketing/sale-event': { en: 'sale event', fr: 'opération commerciale' },
  'marketing/offer': { en: 'offer', fr: 'offre' },
  'marketing/price-pitch': { en: 'price pitch', fr: 'argument prix' },
  'marketing/urgency': { en: 'urgency', fr: 'urgence' },
  'marketing/cta-shop': { en: 'call to buy', fr: "appel à l'achat" },
  'marketing/cta-button': { en: 'call to shop', fr: 'appel à la boutique' },
  'marketing/upsell': { en: 'upsell', fr: 'montée en gamme' },
  'marketing/cart': { en: 'abandoned cart', fr: 'panier abandonné' },
  'marketing/retargeting': { en: 'retargeting', fr: 'reciblage' },
  'marketing/renewal': { en: 'renewal nudge', fr: 'incitation au renouvellement' },
  'marketing/reengagement': { en: 'win-back', fr: 'reconquête' },
  'marketing/app-install': { en: 'app promotion', fr: "promotion d'application" },
  'marketing/fundraising': { en: 'fundraising', fr: 'appel aux dons' },
  'marketing/credit-offer': { en: 'credit offer', fr: 'offre de crédit' },
  'marketing/contest': { en: 'contest', fr: 'jeu-concours' },
  'marketing/generic-survey': { en: 'survey not tied to an order', fr: 'sondage sans lien avec une commande' },
  'marketing/catalog': { en: 'catalog', fr: 'catalogue' },
  'marketing/promo-link': { en: 'promotion link', fr: 'lien de promotion' },
  'marketing/goodwill': { en: 'goodwill credit', fr: 'geste commercial' },
  'marketing/awareness': { en: 'announcement', fr: 'annonce' },
  'marketing/discover': { en: 'invitation to discover', fr: 'invitation à découvrir' },
  'marketing/info-cta': { en: '"learn more"', fr: '« en savoir plus »' },
  'marketing/hype': { en: 'promotional tone', fr: 'ton promotionnel' },
  'marketing/relationship': { en: 'greetings', fr: 'vœux' },
  'marketing/come-visit': { en: 'invitation to visit', fr: 'invitation à venir' },
  'marketing/event-invite': { en: 'event invitation', fr: 'invitation à un événement' },
  'marketing/opt-out-button': { en: 'promotion opt-out', fr: 'désabonnement des promotions' },
  'marketing/feature-nudge': { en: 'nudge to try a feature', fr: 'incitation à essayer' },
  'marketing/loyalty-thanks': { en: 'loyalty thank-you', fr: 'remerciement de fidélité' },
  'marketing/referral': { en: 'referral', fr: 'parrainage' },
  'vague/only-parameter': { en: 'only parameters', fr: 'rien que des paramètres' },
  'vague/greeting-only': { en: 'only a greeting', fr: 'une simple salutation' },
  'vague/too-short': { en: 'too little content', fr: 'trop peu de contenu' },
  'vague/parameter-heavy': { en: 'mostly parameters', fr: 'surtout des paramètres' },
  'vague/no-specific-reference': { en: "nothing ties it to the user's order, account or booking", fr: 'rien ne le lie à une commande, un compte ou une réservation du client' },
  'otp/code': { en: 'code wording', fr: 'mention de code' },
  'otp/code-parameter': { en: 'parameter given as the code', fr: 'paramètre présenté comme le code' },
  'otp/do-not-share': { en: 'do-not-share warning', fr: 'consigne de ne pas partager' },
  'otp/expiry': { en: 'code expiry', fr: 'validité du code' },
  'otp/verify': { en: 'verification request', fr: 'demande de vérification' },
  'otp/button': { en: 'one-time-passcode button', fr: 'bouton de code à usage unique' },
  'utility/transaction-ref': { en: 'order or booking reference', fr: 'référence de commande ou de réservation' },
  'utility/user-action': { en: "the user's own action", fr: "action de l'utilisateur" },
  'utility/order-status': { en: 'status update', fr: 'suivi' },
  'utility/appointment': { en: 'appointment', fr: 'rendez-vous' },
  'utility/travel': { en: 'trip information', fr: 'information de voyage' },
  'utility/payment': { en: 'payment', fr: 'paiement' },
  'utility/account': { en: 'account', fr: 'compte' },
  'utility/security': { en: 'security alert', fr: 'alerte de sécurité' },
  'utility/essential': { en: 'essential notice', fr: 'information essentielle' },
  'utility/legal': { en: 'legal notice', fr: 'information légale' },
  'utility/public-service': { en: 'public-service information', fr: 'information de service public' },
  'utility/request': { en: 'follow-up of a request', fr: "suivi d'une demande" },
  'utility/date-ref': { en: 'date or amount', fr: 'date ou montant' },
};

export function shortName(s: CategorySignal, locale: Locale): string {
  const m = SHORT[s.id];
  return m ? m[locale] : s.label[locale].toLowerCase();
}

export function formatWeight(w: number, locale: Locale): string {
  const x = String(Math.round(w * 100) / 100);
  return locale === 'fr' ? x.replace('.', ',') : x;
}

function quote(text: string, locale: Locale): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const short = clean.length > 40 ? `${clean.slice(0, 37)}…` : clean;
  return locale === 'fr' ? `« ${short} »` : `"${short}"`;
}

/** The whole caption of the button a signal was found in (a hit on "Shop" reads `"Shop now" button`). */
function captionOf(t: TemplateModel | undefined, s: CategorySignal): string | undefined {
  if (!t || s.component !== 'BUTTONS' || s.field === 'url') return undefined;
  const text = obj((t.buttons?.raw.buttons as unknown[] | undefined)?.[s.index ?? -1])?.text;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** `"-20 %" (discount, +3)`, `"Shop now" button (call to shop, +2.5)`, `(nothing ties it..., +1)`. */
export function describeSignal(s: CategorySignal, locale: Locale, t?: TemplateModel): string {
  const name = shortName(s, locale);
  const w = `+${formatWeight(s.weight, locale)}`;
  const fr = locale === 'fr';
  if (s.kind === 'vague') return `${name} (${w})`;
  let where: string;
  if (s.example !== undefined) where = fr ? `valeur d'exemple ${quote(s.text, locale)}` : `example value ${quote(s.text, locale)}`;
  else if (s.component === 'BUTTONS') {
    const caption = quote(captionOf(t, s) ?? s.text, locale);
    where = s.field === 'url' ? (fr ? `lien de bouton ${quote(s.text, locale)}` : `button link ${quote(s.text, locale)}`) : fr ? `bouton ${caption}` : `${caption} button`;
  }
  else if (s.component === 'HEADER') where = fr ? `en-tête ${quote(s.text, locale)}` : `header ${quote(s.text, locale)}`;
  else if (s.component === 'FOOTER') where = fr ? `pied de page ${quote(s.text, locale)}` : `footer ${quote(s.text, locale)}`;
  else where = quote(s.text, locale);
  return `${where} (${name}, ${w})`;
}

/** Signals sorted strongest first, then in reading order (the verdict is already in reading order). */
export function strongestFirst(signals: readonly CategorySignal[]): CategorySignal[] {
  return signals
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.weight - a.s.weight || a.i - b.i)
    .map((x) => x.s);
}

/** Up to `max` signals described and joined; "and N more" for the rest. */
export function listSignals(signals: readonly CategorySignal[], locale: Locale, max = 4, t?: TemplateModel): string {
  const shown = signals.slice(0, max).map((s) => describeSignal(s, locale, t));
  const more = signals.length - shown.length;
  const list = shown.join(', ');
  if (more <= 0) return list;
  return locale === 'fr' ? `${list} et ${more} autre${more > 1 ? 's' : ''}` : `${list} and ${more} more`;
}

/** Indicative price of one message of a category, from the facts: `0.0859 EUR`. */
export function price(ctx: RuleContext, category: 'marketing' | 'utility'): string {
  const p = ctx.facts.prices;
  const v = p?.[category];
  if (typeof v !== 'number' || !Number.isFinite(v)) return '?';
  const n = String(v);
  return `${ctx.locale === 'fr' ? n.replace('.', ',') : n} ${p.currency}`;
}

// ---------------------------------------------------------------------------------------
// Reporting helpers
// ---------------------------------------------------------------------------------------

/** Related locations for signals other than the one the finding is on. */
export function relatedOf(ctx: RuleContext, t: TemplateModel, signals: readonly CategorySignal[], skip: CategorySignal | undefined, max = 5): { file: string; range?: OffsetRange; message: string }[] {
  const out: { file: string; range?: OffsetRange; message: string }[] = [];
  for (const s of signals) {
    if (s === skip || s.id === 'vague/no-specific-reference') continue;
    const range = signalRange(ctx, t, s);
    if (!range) continue;
    out.push({ file: ctx.file.uri, range, message: describeSignal(s, ctx.locale, t) });
    if (out.length >= max) break;
  }
  return out;
}

/** Edit that sets the template's `category` to `to`, keeping the value's quotes. */
export function setCategory(ctx: RuleContext, t: TemplateModel, to: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION'): TextEdit | undefined {
  return replaceScalar(ctx.file.yaml, [...t.path, 'category'], to);
}

// ---------------------------------------------------------------------------------------
// Which rule speaks for a UTILITY template predicted MARKETING
// ---------------------------------------------------------------------------------------

const PROMO_IDS: ReadonlySet<string> = new Set(SIGNAL_TYPES.filter((t) => t.promo && t.kind === 'marketing').map((t) => t.id));

export function isPromo(s: CategorySignal): boolean {
  return PROMO_IDS.has(s.id);
}

/** Vague signals that say the body is unclear (not merely "no reference to the user"). */
export function isUnclear(s: CategorySignal): boolean {
  return s.kind === 'vague' && s.id !== 'vague/no-specific-reference';
}

/**
 * For a UTILITY template: `marketing` when the content reads as marketing
 * (category/utility-is-marketing), `vague` when it is unclear and carries no explicit
 * promotion (category/vague-content), `none` otherwise. One template gets one of the two
 * findings, never both; OTP content is left to category/otp-outside-authentication.
 */
export function utilityProblem(v: CategoryVerdict, threshold: number): 'none' | 'marketing' | 'vague' {
  if (v.otp || v.marketingScore < threshold) return 'none';
  const promo = v.signals.some(isPromo);
  if (!promo && v.signals.some(isUnclear)) return 'vague';
  return 'marketing';
}

/** Title of the suggestion that switches a template to MARKETING: it always says the price changes. */
export const MARKETING_FIX_TITLE = {
  en: 'Declare the template MARKETING (changes the price: {marketingPrice} instead of {utilityPrice} per message)',
  fr: 'Déclarer le template MARKETING (change le prix : {marketingPrice} au lieu de {utilityPrice} par message)',
};
