/**
 * Card-number and IBAN checks, and masking for display. Pure functions: no
 * allocation-heavy work, safe on any input.
 */

/** True when `digits` (only 0-9) passes the Luhn (mod 10) check. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * A payment card number as people write it: 13 to 19 digits, optionally in
 * groups separated by single spaces or dashes. It must pass Luhn, start like a
 * card scheme (2-6: Mastercard, Visa, Amex, Discover, JCB, UnionPay...) and not
 * be one repeated digit (0000 0000 0000 0000 passes Luhn).
 */
export function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;
  if (!/^[2-6]/.test(digits)) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  return luhnValid(digits);
}

/** IBAN lengths by country (ISO 13616 registry, main countries). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20,
  LV: 21, MA: 28, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

/** True when `candidate` (spaces allowed) is an IBAN of a known country with a valid mod-97 checksum. */
export function isIban(candidate: string): boolean {
  const s = candidate.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len === undefined || s.length !== len) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** The remainder mod 97 of the number spelled by `s`, letters as 10..35 (ISO 7064). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return -1;
  }
  return r;
}

/**
 * Mask a card number for display: keep the first 6 and the last 4 digits,
 * replace the others with X, keep separators where they were.
 * `4111 1111 1111 1111` -> `4111 11XX XXXX 1111`.
 */
export function maskCard(s: string): string {
  return maskKeeping(s, 6, 4, /\d/);
}

/** Mask an IBAN: keep the country, check digits and last 4 characters. `FR76 3000 ... 0189` -> `FR76 XXXX ... 0189`. */
export function maskIban(s: string): string {
  return maskKeeping(s, 4, 4, /[A-Za-z0-9]/);
}

function maskKeeping(s: string, head: number, tail: number, significant: RegExp): string {
  let total = 0;
  for (const ch of s) if (significant.test(ch)) total++;
  if (total <= head + tail) return s;
  let seen = 0;
  let out = '';
  for (const ch of s) {
    if (!significant.test(ch)) {
      out += ch;
      continue;
    }
    out += seen < head || seen >= total - tail ? ch : 'X';
    seen++;
  }
  return out;
}

export interface SensitiveNumber {
  kind: 'card' | 'iban';
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  text: string;
  masked: string;
}

const CARD_RE = /(?<![\d+\-/=.,A-Za-z])\d(?:[ -]?\d){12,18}(?![\d])/g;
const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])/g;

/**
 * Card numbers and IBANs written in a text. Skips `+`-prefixed numbers (phones),
 * numbers inside URLs and already-masked values.
 */
export function findSensitiveNumbers(text: string): SensitiveNumber[] {
  const out: SensitiveNumber[] = [];
  if (text.length > 200_000) return out;
  const urls = urlSpans(text);
  const inUrl = (i: number) => urls.some(([s, e]) => i >= s && i < e);
  for (const m of text.matchAll(CARD_RE)) {
    let t = m[0];
    const start = m.index!;
    // a trailing separator is not part of the number
    t = t.replace(/[ -]+$/, '');
    if (inUrl(start) || !isCardNumber(t) || !consistentSeparators(t)) continue;
    out.push({ kind: 'card', start, end: start + t.length, text: t, masked: maskCard(t) });
  }
  for (const m of text.matchAll(IBAN_RE)) {
    const t = m[0];
    const start = m.index!;
    if (inUrl(start) || /XXXX/i.test(t.replace(/ /g, '').slice(4)) || !isIban(t)) continue;
    if (out.some((o) => start < o.end && o.start < start + t.length)) continue;
    out.push({ kind: 'iban', start, end: start + t.length, text: t, masked: maskIban(t) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One kind of separator at most (`4111 1111-1111 1111` is not a card someone typed). */
function consistentSeparators(t: string): boolean {
  return !(t.includes(' ') && t.includes('-'));
}

function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)\S+/gi)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}
