/** 1-based line and column of the `n`-th occurrence of `needle` in `code` (for exact-position tests). */
export function pos(code: string, needle: string, n = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = code.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${n}) not in test code`);
  }
  const before = code.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
