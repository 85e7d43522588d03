/**
 * Card-number masking for everything walint prints (CLI output, previews, hovers).
 * Pure: no I/O. A Luhn-valid run of 13 to 19 digits (single spaces or dashes
 * allowed between digits) keeps its first 6 and last 4 digits; the digits in
 * between become `*`, separators stay where they are.
 */

const DIGIT_RUN = /\d(?:[ -]?\d)*/g;

/** Luhn checksum over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function isCard(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && luhnValid(digits);
}

/** Mask the digits of `run` except the first 6 and last 4 (separators kept). */
function maskRun(run: string): string {
  const total = run.replace(/\D/g, '').length;
  let seen = 0;
  let out = '';
  for (const c of run) {
    if (c >= '0' && c <= '9') {
      out += seen < 6 || seen >= total - 4 ? c : '*';
      seen++;
    } else out += c;
  }
  return out;
}

/**
 * Replace every card number in `text` by its masked form. A longer digit run
 * (e.g. an order number followed by a card number) is split at its separators
 * and searched for a card number, leftmost and longest first.
 */
export function maskCardNumbers(text: string): string {
  if (!/\d{4}/.test(text.replace(/[ -]/g, ''))) return text;
  return text.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 13) return run;
    if (isCard(digits)) return maskRun(run);
    // split into groups at separators, keeping the separators
    const parts = run.split(/([ -])/);
    const groups: string[] = [];
    const seps: string[] = [];
    parts.forEach((p, i) => (i % 2 === 0 ? groups.push(p) : seps.push(p)));
    if (groups.length < 2) return run;
    let out = '';
    let i = 0;
    while (i < groups.length) {
      let found = -1;
      let acc = '';
      const candidates: number[] = [];
      for (let j = i; j < groups.length; j++) {
        acc += groups[j];
        if (acc.length > 19) break;
        if (isCard(acc)) candidates.push(j);
      }
      if (candidates.length) found = candidates[candidates.length - 1];
      if (found >= 0) {
        let piece = groups[i];
        for (let k = i + 1; k <= found; k++) piece += seps[k - 1] + groups[k];
        out += maskRun(piece);
        i = found + 1;
      } else {
        out += groups[i];
        i++;
      }
      if (i < groups.length) out += seps[i - 1];
    }
    return out;
  });
}
