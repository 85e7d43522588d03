import { Composer, Document, Pair, Parser, YAMLMap, isMap, isPair, isScalar, isSeq, isAlias, type Node } from 'yaml';
import { fastParse } from './fastYaml';
import type { LineIndex } from '../text';
import { collectDuplicates, type DuplicateNode } from './yamlFile';

/**
 * Segmented parsing: a large block-mapping file (a 10,000-line flow) is cut into
 * independent pieces — one per top-level key, and one per step under `steps:` —
 * each parsed on its own with absolute offsets. After an edit only the pieces
 * whose text changed are parsed again; the others are reused (their ranges
 * shifted). The pieces are assembled into one tree with the same shape, ranges
 * and data a full parse gives.
 *
 * Safety: the fast path is used only when every piece parses without error.
 * Any construct that could cross a cut (an unclosed quote or bracket, an alias
 * to an anchor in another piece) makes a piece fail, and the caller falls back
 * to a full parse. A property test compares both paths on random edits.
 */

export interface Segment {
  key: string;
  kind: 'top' | 'step';
  text: string;
  base: number;
  /** The piece's root: a map with one pair. */
  root: YAMLMap;
  /** The one pair the piece holds. */
  pair: Pair;
  /** Plain data of the piece: `{ key: value }`. */
  data: Record<string, unknown>;
  /** Duplicate keys inside the piece (paths from the piece's root map). */
  dups: DuplicateNode[];
}

export interface SegmentedParse {
  root: YAMLMap;
  data: Record<string, unknown>;
  segments: Segment[];
}

/** Below this size a full parse is as fast and simpler. */
export const SEGMENT_MIN_CHARS = 16 * 1024;

const KEY_RE = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s#\-?:,[\]{}&*!|>'"%@`][^\n#]*?|-[^\s\n#][^\n#]*?)[ \t]*:(?:[ \t]|$)/;

function keyOf(line: string): string | undefined {
  const m = KEY_RE.exec(line);
  if (!m) return undefined;
  let k = m[0].replace(/[ \t]*:(?:[ \t])?$/, '').replace(/:$/, '');
  if ((k.startsWith('"') && k.endsWith('"')) || (k.startsWith("'") && k.endsWith("'"))) return undefined; // quoted keys: keep it simple, full parse
  return k.trim();
}

interface Cut {
  key: string;
  kind: 'top' | 'step';
  start: number;
  end: number;
}

/** Where to cut the text, or undefined when the file is not a plain block mapping. */
function cuts(text: string, lines: LineIndex): Cut[] | undefined {
  const n = lines.lineCount;
  const tops: { key: string; line: number }[] = [];
  // Only the first characters of each line are looked at; lines are sliced only for keys.
  for (let i = 0; i < n; i++) {
    const at = lines.lineStart(i);
    const c = text.charCodeAt(at);
    if (c === 32 /* space */ || c === 35 /* # */ || c === 10 || c === 13 || at >= text.length) continue;
    if (c === 9 /* tab */) return undefined;
    if ((c === 45 /* - */ && text.startsWith('---', at)) || (c === 46 /* . */ && text.startsWith('...', at)) || c === 37 /* % */) return undefined;
    const key = keyOf(text.slice(at, lines.lineEnd(i)));
    if (key === undefined) return undefined;
    tops.push({ key, line: i });
  }
  if (tops.length === 0) return undefined;
  const seen = new Set<string>();
  for (const t of tops) {
    if (seen.has(t.key)) return undefined; // duplicate top-level keys: full parse
    seen.add(t.key);
  }
  const out: Cut[] = [];
  tops.forEach((t, i) => {
    const start = i === 0 ? 0 : lines.lineStart(t.line);
    const end = i + 1 < tops.length ? lines.lineStart(tops[i + 1].line) : text.length;
    out.push({ key: t.key, kind: 'top', start, end });
  });
  // Cut `steps:` (a block mapping) into one piece per step.
  const si = out.findIndex((c) => c.key === 'steps');
  if (si >= 0) {
    const stepsCut = out[si];
    const headerLine = tops[si].line;
    const header = lines.lineText(headerLine);
    const afterColon = header.slice(header.indexOf(':') + 1).trim();
    if (afterColon !== '' && !afterColon.startsWith('#')) return out; // inline value: keep whole
    const lastLine = si + 1 < tops.length ? tops[si + 1].line - 1 : n - 1;
    let indent = -1;
    const steps: { key: string; line: number }[] = [];
    for (let i = headerLine + 1; i <= lastLine; i++) {
      const at = lines.lineStart(i);
      let ind = 0;
      let c = text.charCodeAt(at);
      while (c === 32) c = text.charCodeAt(at + ++ind);
      if (c === 10 || c === 13 || c === 35 /* # */ || at + ind >= text.length) continue; // blank or comment
      if (c === 9) return undefined;
      if (indent < 0) indent = ind;
      if (ind < indent) return undefined;
      if (ind === indent) {
        const key = keyOf(text.slice(at + ind, lines.lineEnd(i)));
        if (key === undefined) return undefined;
        steps.push({ key, line: i });
      }
    }
    if (indent <= 0 || steps.length === 0) return out;
    const pieces: Cut[] = [{ key: 'steps', kind: 'top', start: stepsCut.start, end: lines.lineStart(steps[0].line) }];
    steps.forEach((st, i) => {
      pieces.push({ key: st.key, kind: 'step', start: lines.lineStart(st.line), end: i + 1 < steps.length ? lines.lineStart(steps[i + 1].line) : stepsCut.end });
    });
    out.splice(si, 1, ...pieces);
  }
  return out;
}

const MAX_ALIAS_COUNT = 200;

interface Piece {
  root: Node | null;
  data: unknown;
  dups: DuplicateNode[];
}

function parsePiece(text: string, base: number): Piece | undefined {
  const plain = fastParse(text);
  if (plain) {
    if (base) shift(plain.contents, base);
    return { root: plain.contents, data: plain.data, dups: plain.dups };
  }
  const parser = new Parser();
  parser.offset = base;
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' });
  const docs = [...composer.compose(parser.parse(text), true, base + text.length)] as Document.Parsed[];
  if (docs.length !== 1) return undefined;
  const doc = docs[0];
  if (doc.errors.length || doc.warnings.length) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
  return { root: doc.contents as Node | null, data, dups: collectDuplicates(doc.contents as Node, [], []) };
}

/** Shift every range of a parsed piece by `delta` (the piece moved in the file). */
function shift(node: unknown, delta: number): void {
  if (!node || typeof node !== 'object') return;
  if (isPair(node)) {
    shift(node.key, delta);
    shift(node.value, delta);
    return;
  }
  const n = node as Node;
  if (n.range) n.range = [n.range[0] + delta, n.range[1] + delta, n.range[2] + delta];
  if (isMap(n) || isSeq(n)) for (const item of n.items as unknown[]) shift(item, delta);
  else if (isScalar(n) || isAlias(n)) return;
}


/**
 * Parse `text` in pieces, reusing the pieces of `previous` whose text did not
 * change. Returns undefined when the fast path does not apply (caller parses fully).
 * Reused pieces are moved, so the previous parse must not be used afterwards.
 */
export function parseSegmented(text: string, lines: LineIndex, previous: Segment[] | undefined): { parse?: SegmentedParse; cache: Segment[] } {
  const pools = { top: new Map<string, Segment>(), step: new Map<string, Segment>() };
  for (const s of previous ?? []) pools[s.kind].set(s.text, s);
  const segments: Segment[] = [];
  // Pieces stay reusable even when this version cannot use the fast path (a
  // syntax error somewhere): the next keystroke that fixes it reuses them.
  const keep = () => [...segments, ...pools.top.values(), ...pools.step.values()];
  const plan = cuts(text, lines);
  if (!plan || plan.length < 2) return { cache: keep() };
  for (const cut of plan) {
    const pieceText = text.slice(cut.start, cut.end);
    const pool = pools[cut.kind];
    const reused = pool.get(pieceText);
    if (reused) {
      pool.delete(pieceText);
      if (reused.base !== cut.start) {
        shift(reused.root, cut.start - reused.base);
        reused.base = cut.start;
      }
      // a piece reached through another version carries its own base: always relative
      segments.push(reused);
      continue;
    }
    const piece = parsePiece(pieceText, cut.start);
    if (!piece || !isMap(piece.root) || piece.root.items.length !== 1) return { cache: keep() };
    const pair = piece.root.items[0] as Pair;
    const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (k !== cut.key) return { cache: keep() };
    segments.push({ key: cut.key, kind: cut.kind, text: pieceText, base: cut.start, root: piece.root, pair, data: piece.data as Record<string, unknown>, dups: piece.dups });
  }
  // Assemble one tree and one data object with the full parse's shape.
  const root = new YAMLMap();
  const data: Record<string, unknown> = {};
  let stepsMap: YAMLMap | undefined;
  let stepsData: Record<string, unknown> | undefined;
  for (const s of segments) {
    if (s.kind === 'top') {
      if (s.key === 'steps' && segments.some((x) => x.kind === 'step')) {
        stepsMap = new YAMLMap();
        stepsData = {};
        root.items.push(new Pair(s.pair.key, stepsMap));
        data.steps = stepsData;
      } else {
        root.items.push(s.pair);
        Object.assign(data, s.data);
      }
    } else {
      stepsMap!.items.push(s.pair);
      Object.assign(stepsData!, s.data);
    }
  }
  if (stepsMap) {
    const steps = segments.filter((s) => s.kind === 'step');
    const first = steps[0].pair.key as Node;
    const last = steps[steps.length - 1].root as Node;
    stepsMap.range = [first.range![0], last.range![1], last.range![2]];
  }
  const firstNode = segments[0].root as Node;
  root.range = [firstNode.range![0], text.length, text.length];
  return { parse: { root, data, segments }, cache: segments };
}
