import type { Finding } from './findings';
import type { LineIndex, OffsetRange } from './text';

/** An inline `# walint-disable...` comment. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids or `group/*`; empty = every rule. */
  rules: string[];
  /** Range of the whole comment (from `#`). */
  range: OffsetRange;
  line: number;
  /** Ranges of each rule id in the comment, for hovers and unused reports. */
  ruleRanges: OffsetRange[];
  /** Lines this directive covers (computed). */
  fromLine: number;
  toLine: number;
}

const DIRECTIVE_RE = /(?:^|\s)#\s*walint-(disable-next-line|disable-line|disable|enable)\b([^\n\r]*)/;

/** Find the directives of a file. Cheap: only lines that contain `walint-` are looked at. */
export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('walint-')) return out;
  let from = 0;
  for (;;) {
    const at = text.indexOf('walint-', from);
    if (at < 0) break;
    const pos = lines.positionAt(at);
    const lineStart = lines.lineStart(pos.line);
    const lineEnd = lines.lineEnd(pos.line);
    from = lineEnd + 1;
    const lineText = text.slice(lineStart, lineEnd);
    const m = DIRECTIVE_RE.exec(lineText);
    if (!m) continue;
    const hash = lineStart + m.index + m[0].indexOf('#');
    const kind = m[1] as Directive['kind'];
    const argsStart = lineStart + m.index + m[0].length - m[2].length;
    // `-- reason` ends the rule list, like ESLint.
    const args = m[2].split(/\s--\s|\s--$/)[0];
    const rules: string[] = [];
    const ruleRanges: OffsetRange[] = [];
    for (const rm of args.matchAll(/[A-Za-z0-9_*][\w*.-]*(?:\/[\w*.-]+)?/g)) {
      rules.push(rm[0]);
      ruleRanges.push({ start: argsStart + rm.index!, end: argsStart + rm.index! + rm[0].length });
    }
    out.push({ kind, rules, range: { start: hash, end: lineEnd }, line: pos.line, ruleRanges, fromLine: pos.line, toLine: pos.line });
  }
  return out;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

function matches(pattern: string, rule: string): boolean {
  if (pattern === rule || pattern === '*') return true;
  if (pattern.endsWith('/*')) return rule.startsWith(pattern.slice(0, -1));
  return false;
}

export interface SuppressResult {
  kept: Finding[];
  /** Directives (or single rule ids in them) that suppressed nothing. */
  unused: { directive: Directive; rule?: string; range: OffsetRange }[];
}

/** Apply directives to findings. Findings of `never` rules are kept regardless. */
export function applyDirectives(findings: Finding[], directives: Directive[], lines: LineIndex, knownRule: (id: string) => boolean): SuppressResult {
  if (!directives.length) return { kept: findings, unused: [] };
  // Resolve the lines each directive covers.
  const blocks: { d: Directive; rule: string | undefined; from: number; to: number; used: boolean }[] = [];
  const open: { d: Directive; rule: string | undefined; from: number; idx: number }[] = [];
  for (const d of directives) {
    const ids: (string | undefined)[] = d.rules.length ? d.rules : [undefined];
    if (d.kind === 'disable-next-line') {
      let line = d.line + 1;
      while (line < lines.lineCount - 1 && isBlankOrComment(lines.lineText(line))) line++;
      for (const r of ids) blocks.push({ d, rule: r, from: line, to: line, used: false });
    } else if (d.kind === 'disable-line') {
      for (const r of ids) blocks.push({ d, rule: r, from: d.line, to: d.line, used: false });
    } else if (d.kind === 'disable') {
      for (const r of ids) {
        blocks.push({ d, rule: r, from: d.line, to: Number.MAX_SAFE_INTEGER, used: false });
        open.push({ d, rule: r, from: d.line, idx: blocks.length - 1 });
      }
    } else {
      // enable: close matching open blocks (all of them when no ids)
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i];
        if (!d.rules.length || (o.rule !== undefined && d.rules.includes(o.rule))) {
          blocks[o.idx].to = d.line;
          open.splice(i, 1);
        }
      }
    }
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    let suppressed = false;
    if (f.rule !== 'walint/unused-disable') {
      for (const b of blocks) {
        if (f.start.line >= b.from && f.start.line <= b.to && (b.rule === undefined || matches(b.rule, f.rule))) {
          b.used = true;
          suppressed = true;
        }
      }
    }
    if (!suppressed) kept.push(f);
  }
  const unused: SuppressResult['unused'] = [];
  for (const b of blocks) {
    if (b.used) continue;
    if (b.rule === undefined) unused.push({ directive: b.d, range: b.d.range });
    else {
      const i = b.d.rules.indexOf(b.rule);
      unused.push({ directive: b.d, rule: b.rule, range: b.d.ruleRanges[i] ?? b.d.range });
    }
  }
  void knownRule;
  return { kept, unused };
}
