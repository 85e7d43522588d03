/**
 * Template category classifier: predicts whether Meta will treat a template submitted as
 * UTILITY as MARKETING, and whether a template carries a one-time passcode (which only
 * AUTHENTICATION templates may do).
 *
 * Pure and deterministic: no I/O, no dependency, regexes compiled once at module load.
 *
 * How a verdict is reached
 * ------------------------
 * 1. Every component (header text, body, footer, button captions and URLs, and the example
 *    values of body parameters) is normalised (accents stripped, lower case, whitespace
 *    collapsed) and scanned with the weighted phrase rules of `lexicon.ts`. Each hit keeps
 *    its offsets in the author's original text.
 * 2. Context rules: a survey is dropped as a marketing cue when the template refers to a
 *    specific order or interaction; the bare word "free" is dropped in a public-service
 *    notice (a free vaccination is not a freebie); unclear bodies (only a parameter, only a greeting,
 *    too little content) add `vague/*` signals; a body with nothing tying it to the user
 *    gets a small `vague/no-specific-reference` signal.
 * 3. Scores, keeping per signal id only the strongest hit:
 *      promo   = sum of explicit-promotion signals (discount, coupon, upsell, cart...)
 *      soft    = sum of the other marketing/vague signals (awareness, hype, greetings...)
 *      utility = sum of utility signals
 *      marketingScore = promo + max(0, soft - utility)
 *    Explicit promotion is never offset by utility content: per Meta, an order update that
 *    also carries a coupon is MARKETING. Softer cues are.
 * 4. predicted = AUTHENTICATION if a one-time passcode is detected (otp score >= 3),
 *    else MARKETING if marketingScore >= threshold (default 2), else UTILITY.
 *    The prediction is about content; `input.category` is only used to recognise an
 *    AUTHENTICATION template whose body is Meta's preset (empty `text`).
 */
import { RULES, SIGNAL_TYPES } from './lexicon';
import type { SignalType, TemplateComponent } from './lexicon';

export type { SignalKind, TemplateComponent } from './lexicon';
export { SIGNAL_TYPES } from './lexicon';

export interface CategoryInput {
  /**
   * Accepted for context; matching runs every language's lexicon whatever its value,
   * because templates mix languages ("Black Friday", "Shop now" in a French template).
   */
  language?: string;
  category?: string;
  header?: string;
  body: string;
  footer?: string;
  buttons?: { type: string; text?: string; url?: string }[];
  /** Example values of the body parameters, in parameter order ({{1}} -> examples[0]; named parameters by first appearance). */
  examples?: string[];
}

export interface CategorySignal {
  id: string;
  kind: 'marketing' | 'utility' | 'otp' | 'vague';
  weight: number;
  component: 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS';
  /** Button index (component BUTTONS only). */
  index?: number;
  /** The matched words, as written by the author (for an example value: the words of that value). */
  text: string;
  /**
   * Offsets in the component's text (the button's text, or its url when `field` is 'url').
   * For a signal found in an example value: the span of the parameter that receives it.
   */
  start: number;
  end: number;
  label: { en: string; fr: string };
  /** Set when the signal comes from example value `examples[example]`. */
  example?: number;
  /** For BUTTONS: which field of the button matched (default 'text'). */
  field?: 'text' | 'url';
}

export interface CategoryVerdict {
  predicted: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
  /** promo + max(0, soft - utilityScore); compared with `threshold`. */
  marketingScore: number;
  utilityScore: number;
  otp: boolean;
  /** The body is unclear: only a parameter, only a greeting, too short, or mostly parameters. */
  vague: boolean;
  signals: CategorySignal[];
  threshold: number;
}

export const DEFAULT_THRESHOLD = 2;
/** One strong code phrase ("verification code", "{{1}} is your code") is enough. */
export const OTP_THRESHOLD = 3;
/**
 * Weight of `vague/no-specific-reference` (nothing ties the body to the user or to an
 * essential notice). Kept below the threshold on purpose: on its own it does not make a
 * template MARKETING, it only tips faint marketing cues over. Raising it to the threshold
 * turns the rule into "no utility evidence => MARKETING": more recall on bland promotional
 * texts, more false alarms on utility texts whose specificity the lexicon misses.
 * Measured (held-out set, `ho3-*` probe lines with no lexicon cue either way): at 2, 8 of 14
 * plain utility texts (a driver arriving, a lab result ready, a child marked absent) become
 * MARKETING; at 1, 1 of 14 does, and 5 of 6 cue-less marketing texts are missed. In an editor
 * a false warning costs more than a miss, so 1 it is; bland marketing is caught by its own
 * cues instead (`marketing/feature-nudge`, `loyalty-thanks`, `goodwill`, `referral`).
 */
export const NO_REFERENCE_WEIGHT = 1;

// ---------------------------------------------------------------------------------------
// Compilation (once, at module load)
// ---------------------------------------------------------------------------------------

const TYPE_BY_ID: ReadonlyMap<string, SignalType> = new Map(SIGNAL_TYPES.map((t) => [t.id, t]));

function typeOf(id: string): SignalType {
  const t = TYPE_BY_ID.get(id);
  if (!t) throw new Error(`walint category lexicon: unknown signal id ${id}`);
  return t;
}

const MACROS: Record<string, string> = {
  '{P}': String.raw`\{\{[^{}]{1,80}\}\}`,
  '{N}': String.raw`\d+(?:[.,]\d+)?`,
  '{C}': String.raw`(?:€|£|\$|r\$|eur(?:os?)?|usd|gbp|chf|dollars?|reais)`,
};

function expand(p: string): string {
  return p.replace(/\{[PNC]\}/g, (m) => MACROS[m]);
}

/**
 * Word boundaries. The scanned text is already folded to lower-case ASCII for the languages
 * we cover, so an explicit letter class (ASCII, Latin, Greek, Cyrillic) is enough; it runs
 * more than twice as fast as a Unicode-property lookbehind under the `u` flag.
 */
const WORD = String.raw`a-z0-9\u00c0-\u024f\u0370-\u052f`;
const LEFT = `(?<![${WORD}])`;
const RIGHT = `(?![${WORD}])`;

interface CompiledRule {
  type: SignalType;
  weight: number;
  re: RegExp;
  veto?: RegExp;
  components?: ReadonlySet<TemplateComponent>;
}

const COMPILED: readonly CompiledRule[] = RULES.map((r) => ({
  type: typeOf(r.id),
  weight: r.weight,
  re: new RegExp(`${LEFT}(?:${r.patterns.map(expand).join('|')})${RIGHT}`, 'g'),
  veto: r.veto ? new RegExp(`${LEFT}(?:${r.veto})`) : undefined,
  components: r.components ? new Set(r.components) : undefined,
}));

/** Rules that may fire on an example value: explicit promotion only. */
const EXAMPLE_RULE_SET: ReadonlySet<CompiledRule> = new Set(
  COMPILED.filter((r) => r.type.kind === 'marketing' && r.type.promo && !r.components),
);

const PLACEHOLDER_SRC = /\{\{[^{}]{0,80}\}\}/g;
const PLACEHOLDER_NORM = /\{\{[^{}]{0,80}\}\}/g;

/** "code SAVE10", "Gutscheincode DANKE10", "cupom VOLTA": a literal code after a code word. */
const LITERAL_CODE = new RegExp(
  `${LEFT}(?:promo ?code|code promo|codigo promocional|codice sconto|gutscheincode|rabattcode|kortingscode|actiecode|code|codigo|codice|cupom|cupon|coupon|voucher|gutschein)` +
    String.raw`(?: promo)?(?: ?:)? ([a-z0-9]{3,15})` + RIGHT,
  'gd',
);
const LITERAL_CODE_VETO = new RegExp(
  `${LEFT}(?:booking|pick ?-?up|tracking|locker|postal|zip|qr|bar|reservation|rastreio|seguimiento|suivi|localizador|barras|porte|door|wifi|wi-fi|parking|access|acces|acceso|acesso|zugangs|security|securite|seguridad|seguranca|sicherheits|verification|verificacion|verificacao|verifica|verificatie|confirmation|confirmacion|confirmacao|conferma|login|connexion|inlog|anmelde|otp|pin|postleitzahl|color|colour|kleur|farbe|dress|source|error|erreur|fehler)`,
);
const CODE_STOPWORDS = new Set(['YES', 'NO', 'STOP', 'OK', 'SI', 'OUI', 'NON', 'JA', 'NEE', 'NEIN', 'SIM', 'NAO', 'OTP', 'PIN', 'SMS', 'QR', 'PDF', 'URL', 'EUR', 'USD', 'GBP', 'CVV', 'IBAN', 'BIC']);

const APP_STORE_URL = /(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|app\.adjust\.com|onelink\.me|app\.link)/gi;
const PROMO_URL = /(?:^|[/?&=._-])(?:sales?|promos?|promotions?|coupons?|discounts?|deals?|offers?|soldes|offres?|ofertas?|promocion(?:es)?|angebote?|offerte?|aanbiedingen?|korting|rabatt|sconti|descuentos?|black-?friday|utm_campaign)(?=$|[/?&=._-])/gi;

// ---------------------------------------------------------------------------------------
// Normalisation with an offset map back to the source text
// ---------------------------------------------------------------------------------------

interface Normalized {
  text: string;
  /** For each normalised UTF-16 unit: start and end offsets of its source character. */
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

const FOLD: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u00b4': "'", '\u0060': "'", '\u2032': "'",
  '\u00df': 'ss', '\u1e9e': 'ss', '\u0153': 'oe', '\u0152': 'oe', '\u00e6': 'ae', '\u00c6': 'ae',
  '\u00f8': 'o', '\u00d8': 'o', '\u0142': 'l', '\u0141': 'l', '\u0111': 'd', '\u0110': 'd',
  '\u2013': '-', '\u2014': '-', '\u2011': '-', '\u2010': '-', '\u2212': '-',
};
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out === undefined) {
    out = FOLD[ch] ?? ch.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
    if (foldCache.size < 4096) foldCache.set(ch, out);
  }
  return out;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function normalize(src: string): Normalized {
  // A folded character yields at most a few units ("ß" -> "ss"); grow the maps if ever needed.
  let cap = src.length + 16;
  let srcStart = new Int32Array(cap);
  let srcEnd = new Int32Array(cap);
  let out = '';
  let n = 0;
  const push = (chunk: string, a: number, b: number): void => {
    if (n + chunk.length > cap) {
      cap = (n + chunk.length) * 2;
      const s2 = new Int32Array(cap);
      const e2 = new Int32Array(cap);
      s2.set(srcStart.subarray(0, n));
      e2.set(srcEnd.subarray(0, n));
      srcStart = s2;
      srcEnd = e2;
    }
    out += chunk;
    for (let k = 0; k < chunk.length; k++) {
      srcStart[n] = a;
      srcEnd[n] = b;
      n++;
    }
  };
  // Parameter spans: inside them "_" reads as a space ({{order_number}} -> "order number").
  const params: number[] = [];
  if (src.indexOf('{{') >= 0) {
    PLACEHOLDER_SRC.lastIndex = 0;
    for (let m = PLACEHOLDER_SRC.exec(src); m; m = PLACEHOLDER_SRC.exec(src)) params.push(m.index, m.index + m[0].length);
  }
  let p = 0;
  let lastSpace = true; // drops leading whitespace
  for (let i = 0; i < src.length; ) {
    const c = src.charCodeAt(i);
    if (c < 128 && c !== 95 && !(c <= 32 && isSpace(c))) {
      // ASCII fast path
      push(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : src[i], i, i + 1);
      lastSpace = false;
      i++;
      continue;
    }
    const cp = src.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    let space = isSpace(cp);
    if (!space && cp === 95 && params.length) {
      while (p < params.length && params[p + 1] <= i) p += 2;
      space = p < params.length && params[p] <= i && i < params[p + 1];
    }
    if (space) {
      if (lastSpace) {
        if (n) srcEnd[n - 1] = i + len;
      } else {
        push(' ', i, i + len);
        lastSpace = true;
      }
    } else {
      push(cp === 95 ? '_' : foldChar(src.slice(i, i + len)), i, i + len);
      lastSpace = false;
    }
    i += len;
  }
  return { text: out, srcStart, srcEnd };
}

// ---------------------------------------------------------------------------------------
// Scanning: all texts of a template are joined (with a separator no pattern can cross) and
// each rule runs once over the whole; hits are mapped back to their component.
// ---------------------------------------------------------------------------------------

interface RawSignal extends CategorySignal {
  promo: boolean;
}

interface Site {
  component: TemplateComponent;
  index?: number;
  field?: 'text' | 'url';
  /** For example values: which example, and the parameter span it fills. */
  example?: number;
  span?: { start: number; end: number };
}

interface Segment {
  site: Site;
  src: string;
  norm: Normalized;
  base: number;
  end: number;
}

/** No pattern matches a newline or a brace outside a {{parameter}}, so hits never span two texts. */
const SEPARATOR = '\n{}\n';

function makeSignal(type: SignalType, weight: number, site: Site, text: string, start: number, end: number): RawSignal {
  const s: RawSignal = {
    id: type.id,
    kind: type.kind,
    weight,
    component: site.component,
    text,
    start,
    end,
    label: type.label,
    promo: type.promo,
  };
  if (site.index !== undefined) s.index = site.index;
  if (site.field === 'url') s.field = 'url';
  if (site.example !== undefined) {
    s.example = site.example;
    s.start = site.span!.start;
    s.end = site.span!.end;
  }
  return s;
}

function segmentAt(segments: readonly Segment[], pos: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sg = segments[mid];
    if (pos < sg.base) hi = mid - 1;
    else if (pos >= sg.end) lo = mid + 1;
    else return sg;
  }
  return undefined;
}

/** Maps a hit [s, e) of the joined text to its segment; undefined if it is not inside one. */
function locate(segments: readonly Segment[], s: number, e: number): { sg: Segment; a: number; b: number } | undefined {
  const sg = segmentAt(segments, s);
  if (!sg || e > sg.end) return undefined;
  return { sg, a: sg.norm.srcStart[s - sg.base], b: sg.norm.srcEnd[e - 1 - sg.base] };
}

function scanRules(segments: readonly Segment[], joined: string, out: RawSignal[]): void {
  for (const rule of COMPILED) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(joined); m; m = re.exec(joined)) {
      const s = m.index;
      const e = s + m[0].length;
      if (e === s) {
        re.lastIndex++;
        continue;
      }
      const at = locate(segments, s, e);
      if (!at) continue;
      const { sg, a, b } = at;
      if (sg.site.example !== undefined ? !EXAMPLE_RULE_SET.has(rule) : rule.components && !rule.components.has(sg.site.component)) continue;
      if (rule.veto && rule.veto.test(joined.slice(Math.max(sg.base, s - 24), e))) continue;
      out.push(makeSignal(rule.type, rule.weight, sg.site, sg.src.slice(a, b), a, b));
    }
  }
}

const COUPON_TYPE = typeOf('marketing/coupon');

function scanLiteralCodes(segments: readonly Segment[], joined: string, out: RawSignal[]): void {
  LITERAL_CODE.lastIndex = 0;
  for (let m = LITERAL_CODE.exec(joined); m; m = LITERAL_CODE.exec(joined)) {
    const group = m.indices?.[1];
    if (!group) continue;
    const [cs, ce] = group;
    const at = locate(segments, m.index, ce);
    if (!at) continue;
    const { sg, a, b } = at;
    const literal = sg.src.slice(sg.norm.srcStart[cs - sg.base], b);
    if (!/^[A-Z0-9]{3,15}$/.test(literal) || !/[A-Z]/.test(literal) || CODE_STOPWORDS.has(literal)) continue;
    if (LITERAL_CODE_VETO.test(joined.slice(Math.max(sg.base, m.index - 24), m.index + m[0].length))) continue;
    out.push(makeSignal(COUPON_TYPE, 3, sg.site, sg.src.slice(a, b), a, b));
  }
}

const BUTTON_TYPES: Record<string, { id: string; weight: number }> = {
  COPY_CODE: { id: 'marketing/coupon', weight: 3 },
  OTP: { id: 'otp/button', weight: 3 },
  MPM: { id: 'marketing/catalog', weight: 3 },
  CATALOG: { id: 'marketing/catalog', weight: 3 },
  SPM: { id: 'marketing/catalog', weight: 3 },
  PRODUCT_LIST: { id: 'marketing/catalog', weight: 3 },
};

/** Button types and URLs; the captions themselves are scanned with the other texts. */
function scanButtonMeta(buttons: CategoryInput['buttons'], out: RawSignal[]): void {
  if (!Array.isArray(buttons)) return;
  buttons.forEach((b, index) => {
    if (!b || typeof b !== 'object') return;
    const type = typeof b.type === 'string' ? b.type.toUpperCase() : '';
    const text = typeof b.text === 'string' ? b.text : '';
    const special = BUTTON_TYPES[type];
    if (special) out.push(makeSignal(typeOf(special.id), special.weight, { component: 'BUTTONS', index }, text || type, 0, text.length));
    if (typeof b.url === 'string' && b.url) {
      const urlSite: Site = { component: 'BUTTONS', index, field: 'url' };
      for (const [re, id, weight] of [
        [APP_STORE_URL, 'marketing/app-install', 2.5],
        [PROMO_URL, 'marketing/promo-link', 1.5],
      ] as const) {
        re.lastIndex = 0;
        const m = re.exec(b.url);
        if (m) {
          const lead = /^[/?&=._-]/.test(m[0]) ? 1 : 0;
          const a = m.index + lead;
          const e = m.index + m[0].length;
          out.push(makeSignal(typeOf(id), weight, urlSite, b.url.slice(a, e), a, e));
        }
      }
    }
  });
}

/** Spans of the body's parameters, in example order. */
function parameterSpans(body: string): { start: number; end: number }[] {
  const positional: { start: number; end: number }[] = [];
  const named: { start: number; end: number }[] = [];
  const seen = new Set<string>();
  PLACEHOLDER_SRC.lastIndex = 0;
  for (let m = PLACEHOLDER_SRC.exec(body); m; m = PLACEHOLDER_SRC.exec(body)) {
    const name = m[0].slice(2, -2).trim();
    const span = { start: m.index, end: m.index + m[0].length };
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (n >= 1 && n <= 100 && !positional[n - 1]) positional[n - 1] = span;
    } else if (!seen.has(name)) {
      seen.add(name);
      named.push(span);
    }
  }
  return positional.length ? positional : named;
}

/** Normalises every text of the template into one string with segment bookkeeping. */
function buildSegments(input: CategoryInput, body: string): { segments: Segment[]; joined: string; bodyNorm?: Normalized } {
  const segments: Segment[] = [];
  let joined = '';
  let bodyNorm: Normalized | undefined;
  const add = (src: unknown, site: Site): Normalized | undefined => {
    if (typeof src !== 'string' || src.length === 0) return undefined;
    const norm = normalize(src);
    if (segments.length) joined += SEPARATOR;
    const base = joined.length;
    joined += norm.text;
    segments.push({ site, src, norm, base, end: joined.length });
    return norm;
  };
  add(input.header, { component: 'HEADER' });
  bodyNorm = add(body, { component: 'BODY' });
  add(input.footer, { component: 'FOOTER' });
  if (Array.isArray(input.buttons)) {
    input.buttons.forEach((b, index) => {
      if (b && typeof b === 'object') add(b.text, { component: 'BUTTONS', index });
    });
  }
  if (Array.isArray(input.examples) && input.examples.length) {
    const spans = parameterSpans(body);
    input.examples.forEach((value, i) => {
      if (spans[i]) add(value, { component: 'BODY', example: i, span: spans[i] });
    });
  }
  return { segments, joined, bodyNorm };
}

// ---------------------------------------------------------------------------------------
// Unclear content
// ---------------------------------------------------------------------------------------

/** Greetings, congratulations, thanks and "how are you": a message made only of these says nothing. */
const GREETINGS = new Set(
  (
    'hi hello hey dear hallo hoi hola ola oi bonjour bonsoir salut coucou ciao buongiorno buonasera salve good morning afternoon evening night ' +
    'buenos buenas dias tardes noches bom boa dia tarde noite guten tag morgen abend goedemorgen goedemiddag goedenavond beste lieber liebe ' +
    'caro cara cari care cher chere chers cheres querido querida prezado prezada estimado estimada gentile geachte sehr geehrte geehrter ' +
    'mr mrs ms sr sra dr monsieur madame senor senora signor signora herr frau meneer mevrouw ' +
    'congratulations congrats well done felicitations bravo felicidades enhorabuena parabens herzlichen gluckwunsch glueckwunsch congratulazioni ' +
    'complimenti auguri gefeliciteerd proficiat thanks thank merci gracias obrigado obrigada danke grazie bedankt dank how doing comment allez ' +
    'va ca como estas tudo bem wie geht gehts come stai hoe gaat'
  ).split(/\s+/),
);
/** Grammatical words (articles, pronouns, prepositions...): they carry no subject matter. */
const GRAMMAR = new Set(
  (
    'a an the and or of to in on at for from with you your yours we us our i me my is are be it this that all so just ' +
    'le la les l un une des de du d et ou au aux vous votre vos nous notre nos tu te ton ta tes je j est ' +
    'el los las y o en con por para su sus nuestro nuestra lo os as um uma e em no na nas nos com seu sua voce esta ' +
    'der die das den dem des ein eine einen und oder im mit fur von zu sie ihr ihre du dein deine wir uns ist es dir ihnen ' +
    'il gli i una uno ed di da per tuo tua noi sta ' +
    'een en van voor jij u uw wij ons het met'
  ).split(/\s+/),
);

const VAGUE_TYPES = {
  onlyParameter: typeOf('vague/only-parameter'),
  greetingOnly: typeOf('vague/greeting-only'),
  tooShort: typeOf('vague/too-short'),
  parameterHeavy: typeOf('vague/parameter-heavy'),
  noReference: typeOf('vague/no-specific-reference'),
};

function bodySpan(body: string): { start: number; end: number } {
  const start = body.length - body.trimStart().length;
  const end = body.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: body.length };
}

function vagueSignals(body: string, norm: Normalized | undefined, hasUtility: boolean): RawSignal[] {
  const site: Site = { component: 'BODY' };
  const span = bodySpan(body);
  const text = body.slice(span.start, span.end);
  const mk = (type: SignalType, w: number): RawSignal => makeSignal(type, w, site, text, span.start, span.end);
  const normText = norm ? norm.text : '';
  const paramCount = (normText.match(PLACEHOLDER_NORM) ?? []).length;
  const words = normText.replace(PLACEHOLDER_NORM, ' ').match(/\p{L}+/gu) ?? [];
  const content = words.filter((w) => !GREETINGS.has(w) && !GRAMMAR.has(w));
  if (content.length === 0) {
    if (words.some((w) => GREETINGS.has(w))) return [mk(VAGUE_TYPES.greetingOnly, 3)];
    if (paramCount > 0) return [mk(VAGUE_TYPES.onlyParameter, 4)];
    return hasUtility ? [] : [mk(VAGUE_TYPES.tooShort, 2.5)];
  }
  if (hasUtility) return [];
  if (content.length <= 2) return [mk(VAGUE_TYPES.tooShort, 2.5)];
  if (paramCount >= 2 && content.length <= paramCount && content.length < 5) return [mk(VAGUE_TYPES.parameterHeavy, 2)];
  return [];
}

// ---------------------------------------------------------------------------------------
// Post-processing and scoring
// ---------------------------------------------------------------------------------------

/** Within one place and one kind, overlapping hits are one signal: keep the strongest. */
function dropOverlaps(signals: RawSignal[]): RawSignal[] {
  const groups = new Map<string, RawSignal[]>();
  for (const s of signals) {
    const key = `${s.component}|${s.index ?? ''}|${s.field ?? ''}|${s.example ?? ''}|${s.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(s);
  }
  const kept: RawSignal[] = [];
  for (const g of groups.values()) {
    g.sort(
      (x, y) =>
        y.weight - x.weight ||
        Number(y.promo) - Number(x.promo) ||
        y.end - y.start - (x.end - x.start) ||
        x.start - y.start ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    const taken: RawSignal[] = [];
    for (const s of g) {
      // Signals from example values share the parameter's span: compare them within their own example only.
      if (taken.some((t) => s.start < t.end && t.start < s.end)) continue;
      taken.push(s);
    }
    kept.push(...taken);
  }
  return kept;
}

/** Utility signals that make a feedback request specific (an order, a visit, a payment, a call). */
const SPECIFIC_IDS = new Set([
  'utility/transaction-ref', 'utility/user-action', 'utility/order-status', 'utility/appointment',
  'utility/travel', 'utility/payment', 'utility/request',
]);

/** `marketing/free-gift` hits below this weight are the bare word "free"/"gratuit" (see lexicon.ts). */
const BARE_FREE_WEIGHT = 2;

const COMPONENT_ORDER: Record<string, number> = { HEADER: 0, BODY: 1, FOOTER: 2, BUTTONS: 3 };

function compareSignals(a: CategorySignal, b: CategorySignal): number {
  return (
    COMPONENT_ORDER[a.component] - COMPONENT_ORDER[b.component] ||
    (a.index ?? -1) - (b.index ?? -1) ||
    (a.field === 'url' ? 1 : 0) - (b.field === 'url' ? 1 : 0) ||
    (a.example ?? -1) - (b.example ?? -1) ||
    a.start - b.start ||
    a.end - b.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Strongest weight per signal id. */
function perId(signals: readonly RawSignal[], pred: (s: RawSignal) => boolean): number {
  const best = new Map<string, number>();
  for (const s of signals) if (pred(s)) best.set(s.id, Math.max(best.get(s.id) ?? 0, s.weight));
  let sum = 0;
  for (const w of best.values()) sum += w;
  return sum;
}

/**
 * V8 runs a regular expression's first execution in its bytecode interpreter and compiles
 * it to machine code on the next one. For the lexicon's expressions (hundreds of
 * alternatives each) the interpreted run and the double compilation cost far more than
 * classifying a template: about 60 ms for the first two templates of a cold process. A
 * first execution on a subject of 1,000 characters or more is compiled to machine code at
 * once (V8's rule for long subjects), so each expression runs once, up front, on a blank
 * line of that length: same results, about a third of the start-up cost. Subjects with
 * characters beyond Latin-1 use other machine code and keep the usual path.
 */
let compiledUpFront = false;

function compileUpFront(): void {
  compiledUpFront = true;
  const blank = ' '.repeat(1024);
  for (const rule of COMPILED) {
    rule.re.lastIndex = 0;
    rule.re.exec(blank);
    rule.re.lastIndex = 0;
  }
}

export function classifyTemplate(input: CategoryInput, options?: { threshold?: number }): CategoryVerdict {
  if (!compiledUpFront) compileUpFront();
  const threshold =
    options && typeof options.threshold === 'number' && Number.isFinite(options.threshold) ? options.threshold : DEFAULT_THRESHOLD;
  const body = typeof input?.body === 'string' ? input.body : '';

  let raw: RawSignal[] = [];
  const { segments, joined, bodyNorm } = buildSegments(input ?? { body }, body);
  if (joined) {
    scanRules(segments, joined, raw);
    scanLiteralCodes(segments, joined, raw);
  }
  scanButtonMeta(input?.buttons, raw);
  raw = dropOverlaps(raw);

  // A survey about a specific order or interaction is utility; only generic ones are marketing.
  if (raw.some((s) => SPECIFIC_IDS.has(s.id))) raw = raw.filter((s) => s.id !== 'marketing/generic-survey');
  // A free public service (a free vaccination, free screening) is not a commercial freebie:
  // in a public-service notice the bare word "free" is dropped; explicit gifts stay.
  if (raw.some((s) => s.id === 'utility/public-service')) raw = raw.filter((s) => !(s.id === 'marketing/free-gift' && s.weight < BARE_FREE_WEIGHT));

  const presetAuth = (input?.category ?? '').toUpperCase() === 'AUTHENTICATION' && body.trim() === '';
  const otpScore = perId(raw, (s) => s.kind === 'otp');
  const otp = presetAuth || otpScore >= OTP_THRESHOLD;

  // A date or amount parameter alone does not make a message specific to the user (an
  // offer's end date, a webinar date): only substantive utility signals count here.
  const hasUtility = raw.some((s) => s.kind === 'utility' && s.weight >= 1);
  if (!presetAuth) {
    const vague = vagueSignals(body, bodyNorm, hasUtility);
    raw.push(...vague);
    if (!hasUtility && !otp && vague.length === 0 && body.trim() !== '') {
      const span = bodySpan(body);
      raw.push(makeSignal(VAGUE_TYPES.noReference, NO_REFERENCE_WEIGHT, { component: 'BODY' }, body.slice(span.start, span.end), span.start, span.end));
    }
  }

  const utilityScore = perId(raw, (s) => s.kind === 'utility');
  const promo = perId(raw, (s) => (s.kind === 'marketing' || s.kind === 'vague') && s.promo);
  const soft = perId(raw, (s) => (s.kind === 'marketing' || s.kind === 'vague') && !s.promo);
  const marketingScore = round(promo + Math.max(0, soft - utilityScore));

  const predicted: CategoryVerdict['predicted'] = otp ? 'AUTHENTICATION' : marketingScore >= threshold ? 'MARKETING' : 'UTILITY';
  const signals: CategorySignal[] = raw.map(({ promo: _promo, ...s }) => s).sort(compareSignals);

  return {
    predicted,
    marketingScore,
    utilityScore: round(utilityScore),
    otp,
    vague: signals.some((s) => s.kind === 'vague' && s.id !== 'vague/no-specific-reference'),
    signals,
    threshold,
  };
}
