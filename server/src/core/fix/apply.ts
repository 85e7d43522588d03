import type { TextEdit } from '../findings';

/** Apply non-overlapping edits to a text (later offsets first). Overlapping edits after the first are dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    kept.push(e);
    lastEnd = Math.max(e.end, e.start);
  }
  let out = text;
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = kept[i];
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}
