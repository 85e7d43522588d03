import { isMap, isPair, isScalar, isSeq, LineCounter, Parser, Composer, Document, Pair, YAMLMap, type Node } from 'yaml';
import { LineIndex, type OffsetRange } from '../text';
import { parseSegmented, SEGMENT_MIN_CHARS, type Segment } from './segments';
import { fastParse } from './fastYaml';

/** A path into a YAML document: map keys and sequence indexes. */
export type Path = readonly (string | number)[];

/** Where to put a finding on the node a path names. */
export type Target = 'auto' | 'key' | 'value' | 'pair' | 'line';

export interface SyntaxProblem {
  range: OffsetRange;
  message: string;
  severity: 'error' | 'warning';
  code: string;
}

export interface DuplicateKey {
  /** Path of the map that holds the duplicate. */
  mapPath: Path;
  key: string;
  /** Range of the repeated key (the second and later occurrences). */
  range: OffsetRange;
  firstRange: OffsetRange;
}

/** Maximum alias expansions when converting to plain data (alias bombs). */
const MAX_ALIAS_COUNT = 200;
const MAX_DEPTH = 200;

/**
 * Key index of a map node, kept on the node itself: the pieces of a large file that did
 * not change keep their nodes, so their indexes are reused too. (Not in a module-level
 * WeakMap: V8's young-generation collector keeps the values of an old WeakMap alive, which
 * promoted every parsed tree to the old generation — twice the memory during a burst.)
 */
export interface KeyIndexed {
  walintKeys?: Map<string, Pair>;
}

function keyIndexOf(map: YAMLMap): Map<string, Pair> | undefined {
  return (map as YAMLMap & KeyIndexed).walintKeys;
}

function setKeyIndex(map: YAMLMap, index: Map<string, Pair>): void {
  (map as YAMLMap & KeyIndexed).walintKeys = index;
}

/** A duplicate key found in a subtree, by node (ranges are read when needed: nodes may move). */
export interface DuplicateNode {
  /** Path of the map holding it, relative to the subtree's root. */
  mapPath: (string | number)[];
  key: string;
  node: Node;
  first: Node;
}

/** Collect duplicate keys under `node` in one linear pass (own check: the `yaml` one is quadratic). */
export function collectDuplicates(node: Node | null | undefined, path: (string | number)[], out: DuplicateNode[], depth = 0): DuplicateNode[] {
  if (!node || depth > MAX_DEPTH) return out;
  if (isMap(node)) {
    const index = new Map<string, Pair>();
    for (const pair of node.items) {
      const key = keyString(pair.key);
      if (key === undefined) continue;
      const prev = index.get(key);
      if (prev) out.push({ mapPath: [...path], key, node: pair.key as Node, first: prev.key as Node });
      else index.set(key, pair);
      if (pair.value && typeof pair.value === 'object') {
        path.push(key);
        collectDuplicates(pair.value as Node, path, out, depth + 1);
        path.pop();
      }
    }
    setKeyIndex(node, index);
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      path.push(i);
      collectDuplicates(item as Node, path, out, depth + 1);
      path.pop();
    });
  }
  return out;
}

/**
 * A parsed YAML (or JSON: YAML 1.2 reads it) file with exact source ranges.
 * Pure: no LSP, no VS Code. The engine keeps one per open document.
 */
export class YamlFile {
  readonly lines: LineIndex;
  /** Root node of the document (null: empty document; undefined: not parsed). */
  private _root: Node | null | undefined;
  readonly problems: SyntaxProblem[] = [];
  readonly duplicates: DuplicateKey[] = [];
  /** Plain JS value of the document (undefined when it could not be built). */
  private _data: unknown;
  private released = false;

  /** Parsed pieces of a large file, reused by the next version (see segments.ts). */
  readonly segments: Segment[] | undefined;
  /** True when this version's tree was assembled from pieces (the fast path). */
  readonly segmented: boolean = false;

  /**
   * Parse `text`. Pass the `previous` version of the same document to reuse the
   * unchanged pieces of a large file (the previous YamlFile must not be used after).
   */
  constructor(readonly text: string, previous?: YamlFile, options: { segmented?: boolean } = {}) {
    this.lines = new LineIndex(text);
    const wantSegments = options.segmented ?? text.length >= SEGMENT_MIN_CHARS;
    let fast: ReturnType<typeof parseSegmented>['parse'];
    this.segments = undefined;
    if (wantSegments) {
      try {
        const res = parseSegmented(text, this.lines, previous?.segments);
        fast = res.parse;
        this.segments = res.cache;
      } catch {
        fast = undefined;
      }
    }
    if (fast) {
      this._root = fast.root;
      this._data = fast.data;
      this.segmented = true;
      // Duplicates: each piece's own (cached with the piece), plus repeated step ids.
      const stepIds = new Map<string, Node>();
      for (const seg of fast.segments) {
        const prefix: (string | number)[] = seg.kind === 'step' ? ['steps'] : [];
        for (const d of seg.dups) this.addDuplicate(prefix.length ? [...prefix, ...d.mapPath] : d.mapPath, d);
        if (seg.kind === 'step') {
          const keyNode = seg.pair.key as Node;
          const first = stepIds.get(seg.key);
          if (first) this.addDuplicate(['steps'], { key: seg.key, node: keyNode, first });
          else stepIds.set(seg.key, keyNode);
        }
      }
      return;
    }
    // Plain YAML (nearly every flow and template file): one direct pass, same tree and data.
    const plain = fastParse(text);
    if (plain) {
      this._root = plain.contents;
      this._data = plain.data;
      for (const d of plain.dups) this.addDuplicate(d.mapPath, d);
      return;
    }
    let doc: Document.Parsed | undefined;
    try {
      const lineCounter = new LineCounter();
      const parser = new Parser(lineCounter.addNewLine);
      const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' });
      const docs: Document.Parsed[] = [];
      for (const d of composer.compose(parser.parse(text), true, text.length)) docs.push(d as Document.Parsed);
      doc = docs[0];
      for (const extra of docs.slice(1)) {
        const start = extra.range?.[0] ?? 0;
        this.problems.push({
          range: { start, end: Math.min(text.length, start + 3) },
          message: 'This file holds more than one YAML document; walint reads only the first one. Split it into one file per flow or template list.',
          severity: 'warning',
          code: 'MULTIPLE_DOCS',
        });
      }
    } catch (e) {
      this.problems.push({ range: { start: 0, end: 0 }, message: `The file could not be parsed: ${(e as Error).message}`, severity: 'error', code: 'PARSE_FAILED' });
    }
    this._root = doc ? (doc.contents as Node | null) : undefined;
    if (doc) {
      for (const err of doc.errors) this.problems.push(toProblem(err, 'error', text.length));
      for (const w of doc.warnings) this.problems.push(toProblem(w, 'warning', text.length));
      this.indexMaps(doc.contents as Node | null, [], 0);
    }
    let data: unknown;
    if (doc) {
      try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (e) {
        this.problems.push({
          range: { start: 0, end: Math.min(text.length, this.lines.lineEnd(0)) },
          message: `Not analysed: ${(e as Error).message} (aliases expand into too much data). Remove the alias chain.`,
          severity: 'error',
          code: 'ALIAS_LIMIT',
        });
        data = undefined;
      }
    }
    this._data = data;
  }

  /** The root node: `yaml` nodes with source ranges (rebuilt on demand after `release()`). */
  get root(): Node | null | undefined {
    if (this.released) this.restore();
    return this._root;
  }

  /** Plain JS value of the document (undefined when it could not be built). */
  get data(): unknown {
    if (this.released) this.restore();
    return this._data;
  }

  /**
   * Drop the syntax tree and plain data of a small file once its models and findings
   * are built (a server with 1,000 open documents would otherwise keep them all).
   * They are parsed again, transparently, when a feature needs them. Large files keep
   * theirs: their pieces make the next edit fast.
   */
  release(): void {
    if (this.segments || this.released) return;
    this._root = undefined;
    this._data = undefined;
    this.released = true;
  }

  private restore(): void {
    const again = new YamlFile(this.text, undefined, { segmented: false });
    this._root = again._root;
    this._data = again._data;
    this.released = false;
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** Collect duplicate keys with ranges as they are now. */
  private indexMaps(node: Node | null | undefined, path: (string | number)[], depth: number): void {
    for (const d of collectDuplicates(node, path, [], depth)) this.addDuplicate(d.mapPath, d);
  }

  private addDuplicate(mapPath: Path, d: { key: string; node: Node; first: Node }): void {
    this.duplicates.push({ mapPath, key: d.key, range: nodeRange(d.node, this.text.length), firstRange: nodeRange(d.first, this.text.length) });
  }

  /** The pair named by the last key of `path` (undefined when the path ends in an index). */
  pair(path: Path): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = this.node(path.slice(0, -1));
    const last = path[path.length - 1];
    if (!parent || !isMap(parent)) return undefined;
    return this.pairsOf(parent).get(String(last));
  }

  /** The node at `path`, or undefined. */
  node(path: Path): Node | undefined {
    let cur: unknown = this.root ?? undefined;
    for (const seg of path) {
      if (isMap(cur)) {
        const pair = this.pairsOf(cur).get(String(seg));
        if (!pair) return undefined;
        cur = pair.value;
      } else if (isSeq(cur)) {
        if (typeof seg !== 'number') return undefined;
        cur = cur.items[seg];
      } else return undefined;
    }
    return (cur ?? undefined) as Node | undefined;
  }

  /** The longest prefix of `path` that exists, and its node. */
  private deepest(path: Path): { depth: number; node: Node | undefined; pair: Pair | undefined } {
    let cur: unknown = this.root ?? undefined;
    let pair: Pair | undefined;
    let depth = 0;
    for (const seg of path) {
      let next: unknown;
      let nextPair: Pair | undefined;
      if (isMap(cur)) {
        nextPair = this.pairsOf(cur).get(String(seg));
        if (!nextPair) break;
        next = nextPair.value;
      } else if (isSeq(cur) && typeof seg === 'number' && seg < cur.items.length) {
        next = cur.items[seg];
        nextPair = undefined;
      } else break;
      depth++;
      pair = nextPair;
      cur = next;
      if (cur === null || cur === undefined) break;
    }
    return { depth, node: (cur ?? undefined) as Node | undefined, pair };
  }

  private pairsOf(map: YAMLMap): Map<string, Pair> {
    let index = keyIndexOf(map);
    if (!index || index.size > map.items.length) {
      index = new Map();
      for (const p of map.items) {
        const k = keyString(p.key);
        if (k !== undefined && !index.has(k)) index.set(k, p);
      }
      setKeyIndex(map, index);
    }
    return index;
  }

  /**
   * The source range for a finding on `path`. Rules never compute offsets:
   * they name a path and the engine maps it here. A path that does not fully
   * exist falls back to the deepest node that does.
   */
  rangeOf(path: Path, target: Target = 'auto'): OffsetRange {
    const len = this.text.length;
    const { depth, node, pair } = this.deepest(path);
    const exact = depth === path.length;
    const keyNode = pair && exact ? (pair.key as Node | null) : null;
    if (!exact) {
      // Missing child: point at the parent's key (or the parent's first line).
      if (pair?.key) return nodeRange(pair.key as Node, len);
      if (node) return this.firstLine(nodeRange(node, len));
      return this.firstLine({ start: 0, end: 0 });
    }
    switch (target) {
      case 'key':
        if (keyNode) return nodeRange(keyNode, len);
        break;
      case 'pair':
        if (keyNode) {
          const k = nodeRange(keyNode, len);
          const v = node ? valueRange(node, len) : k;
          return { start: k.start, end: Math.max(k.end, v.end) };
        }
        break;
      case 'line': {
        const r = keyNode ? nodeRange(keyNode, len) : node ? nodeRange(node, len) : { start: 0, end: 0 };
        return this.firstLine(r);
      }
      case 'value':
        if (node) return valueRange(node, len);
        if (keyNode) return nodeRange(keyNode, len);
        break;
      case 'auto':
        if (node && (isScalar(node) || !keyNode)) {
          const r = valueRange(node, len);
          return isScalar(node) ? r : this.firstLine(r);
        }
        if (keyNode) return nodeRange(keyNode, len);
        break;
    }
    if (node) return this.firstLine(valueRange(node, len));
    return this.firstLine({ start: 0, end: 0 });
  }

  /** Clamp a range to the first line it starts on (never empty unless the line is). */
  private firstLine(r: OffsetRange): OffsetRange {
    const line = this.lines.positionAt(r.start).line;
    const end = Math.min(Math.max(r.end, r.start), this.lines.lineEnd(line));
    if (end > r.start) return { start: r.start, end };
    return { start: this.lines.lineStart(line), end: this.lines.lineEnd(line) };
  }

  /** Range of the text inside a scalar, without its quotes. */
  innerRange(path: Path): OffsetRange | undefined {
    const node = this.node(path);
    if (!node || !isScalar(node) || !node.range) return undefined;
    const [start, end] = node.range;
    const t = node.type;
    if (t === 'QUOTE_DOUBLE' || t === 'QUOTE_SINGLE') return { start: start + 1, end: Math.max(start + 1, end - 1) };
    return { start, end };
  }
}

export function keyString(key: unknown): string | undefined {
  if (isScalar(key)) {
    const v = key.value;
    if (v === null || v === undefined) return '';
    return typeof v === 'object' ? undefined : String(v);
  }
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

function nodeRange(node: Node, len: number): OffsetRange {
  const r = node.range;
  if (!r) return { start: 0, end: 0 };
  return { start: Math.min(r[0], len), end: Math.min(Math.max(r[1], r[0]), len) };
}

function valueRange(node: Node, len: number): OffsetRange {
  return nodeRange(node, len);
}

function toProblem(e: { pos: [number, number]; message: string; code: string }, severity: 'error' | 'warning', len: number): SyntaxProblem {
  const start = Math.min(e.pos[0], len);
  const end = Math.min(Math.max(e.pos[1], start), len);
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { range: { start, end }, message: first, severity, code: e.code };
}

export { isMap, isSeq, isScalar, isPair };
