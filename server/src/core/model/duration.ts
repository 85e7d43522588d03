/** Durations of the flow language: `90s`, `15m`, `2h`, `1d`, `1h30m`, `1w`. */
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const DURATION_RE = /^\s*((?:\d+(?:\.\d+)?\s*[smhdw]\s*)+)$/i;
const PART_RE = /(\d+(?:\.\d+)?)\s*([smhdw])/gi;

/** Seconds in a duration string, or undefined when it is not one. A bare number means seconds. */
const memo = new Map<string, number | undefined>();

export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (typeof value !== 'string') return undefined;
  // flows repeat a handful of durations ("2h", "24h"): parse each once
  if (memo.has(value)) return memo.get(value);
  if (memo.size > 1000) memo.clear();
  const seconds = parseDurationText(value);
  memo.set(value, seconds);
  return seconds;
}

function parseDurationText(value: string): number | undefined {
  if (!DURATION_RE.test(value)) return undefined;
  let total = 0;
  for (const m of value.matchAll(PART_RE)) total += parseFloat(m[1]) * UNIT_SECONDS[m[2].toLowerCase()];
  return total;
}

export const HOUR = 3600;
export const DAY = 86400;

/** A duration in seconds as short text: `1d 2h`, `45m`, `30s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  const s = Math.round(seconds);
  if (s === 0) return '0s';
  const parts: string[] = [];
  let rest = s;
  for (const [unit, size] of [['d', DAY], ['h', HOUR], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      parts.push(`${n}${unit}`);
      rest -= n * size;
    }
  }
  return parts.slice(0, 2).join(' ');
}
