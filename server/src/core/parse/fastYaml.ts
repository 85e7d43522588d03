import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { DuplicateNode } from './yamlFile';

/**
 * A direct parser for the plain YAML that flows and templates are written in:
 * block maps and sequences, flow collections on one or more lines, plain and
 * quoted scalars, literal and folded block scalars, comments, one document.
 *
 * It builds the very nodes, ranges and plain data the `yaml` package would
 * (Scalar, YAMLMap, YAMLSeq, Pair with `range` [start, valueEnd, nodeEnd]) in
 * one pass over the characters, without the package's token stream, syntax
 * tree and composition steps (about four times faster on a bot flow).
 *
 * The contract is all-or-nothing: anything outside that subset — anchors,
 * aliases, tags, directives, several documents, multi-line plain or quoted
 * scalars, explicit keys, tabs, a CR outside CRLF, any syntax error — makes it return
 * `undefined`, and the caller parses with `yaml`, which reports the problem in
 * its own words. A property test (test/core/fastYaml.test.ts) checks that for
 * every text accepted here, `yaml` reports no problem and gives the same tree,
 * ranges and data.
 */
export interface FastParse {
  contents: Node;
  data: unknown;
  /** Repeated keys, in document order (paths from the root). */
  dups: DuplicateNode[];
}

/** Thrown to give up on a text (no stack trace: it is a signal, not an error). */
class Bail {}
const BAIL = new Bail();
/** Set WALINT_FASTYAML_DEBUG=1 to see where a text left the fast path. */
const DEBUG = typeof process !== 'undefined' && !!process.env?.WALINT_FASTYAML_DEBUG;
function bail(): Bail {
  if (DEBUG) console.error(new Error('fastYaml: not in the plain subset').stack);
  return BAIL;
}

// ------------------------------------------------------------------ nodes
// The `yaml` node classes set their type with Object.defineProperty in every constructor,
// which is slow to run cold and makes each node bigger. These classes build the same nodes
// (same prototypes and methods, `isScalar`/`isMap`/... recognise them, `instanceof` holds)
// with the type on the prototype: a plain object with fixed fields. The identity symbols
// are `yaml`'s registered ones (Symbol.for), checked by the property test.
const NODE_TYPE = Symbol.for('yaml.node.type');

type Range3 = [number, number, number];

class FastScalar {
  range: Range3 | undefined = undefined;
  constructor(
    public value: unknown,
    public source: string,
    public type: Scalar.Type,
  ) {}
}

class FastMap {
  items: Pair[] = [];
  range: Range3 | undefined = undefined;
  flow: boolean | undefined = undefined;
  /** YamlFile's key index (declared here so that every map has the same shape). */
  walintKeys: Map<string, Pair> | undefined = undefined;
}

class FastSeq {
  items: unknown[] = [];
  range: Range3 | undefined = undefined;
  flow: boolean | undefined = undefined;
}

class FastPair {
  constructor(
    public key: unknown,
    public value: unknown,
  ) {}
}

for (const [cls, base, type] of [
  [FastScalar, Scalar, 'yaml.scalar'],
  [FastMap, YAMLMap, 'yaml.map'],
  [FastSeq, YAMLSeq, 'yaml.seq'],
  [FastPair, Pair, 'yaml.pair'],
] as const) {
  Object.setPrototypeOf(cls.prototype, base.prototype);
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: Symbol.for(type) });
}

function scalarNode(value: unknown, source: string, type: Scalar.Type): Scalar {
  return new FastScalar(value, source, type) as unknown as Scalar;
}

function mapNode(): YAMLMap {
  return new FastMap() as unknown as YAMLMap;
}

function seqNode(): YAMLSeq {
  return new FastSeq() as unknown as YAMLSeq;
}

function pairNode(key: unknown, value: unknown): Pair {
  return new FastPair(key, value) as unknown as Pair;
}

const MAX_DEPTH = 100;
const MAX_KEY = 1000;

const enum C {
  TAB = 9,
  LF = 10,
  CR = 13,
  SPACE = 32,
  BANG = 33,
  DQUOTE = 34,
  HASH = 35,
  PERCENT = 37,
  AMP = 38,
  SQUOTE = 39,
  STAR = 42,
  PLUS = 43,
  COMMA = 44,
  DASH = 45,
  DOT = 46,
  COLON = 58,
  GT = 62,
  QUESTION = 63,
  AT = 64,
  LBRACKET = 91,
  BACKSLASH = 92,
  RBRACKET = 93,
  BACKTICK = 96,
  LBRACE = 123,
  PIPE = 124,
  RBRACE = 125,
}

const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain scalar under YAML 1.2's core schema (the `yaml` package's default). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // only these first characters can start a non-string
  if (!((c >= 48 && c <= 57) || c === C.PLUS || c === C.DASH || c === C.DOT || c === 126 /* ~ */ || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || s.length === 0)) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return c === 116 || c === 84;
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s.charCodeAt(0) === C.DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

/** Characters that cannot start a plain scalar (YAML c-indicator, minus the `-?:` cases). */
function isIndicator(c: number): boolean {
  return (
    c === C.COMMA || c === C.LBRACKET || c === C.RBRACKET || c === C.LBRACE || c === C.RBRACE || c === C.HASH || c === C.AMP || c === C.STAR ||
    c === C.BANG || c === C.PIPE || c === C.GT || c === C.SQUOTE || c === C.DQUOTE || c === C.PERCENT || c === C.AT || c === C.BACKTICK
  );
}

function isFlowIndicator(c: number): boolean {
  return c === C.COMMA || c === C.LBRACKET || c === C.RBRACKET || c === C.LBRACE || c === C.RBRACE;
}

interface Parsed {
  node: Node;
  data: unknown;
  /** range[2] of the node: where the text after it starts. */
  end: number;
}

class Parser {
  private readonly n: number;
  /** Start of the line where reading goes on after the last node. */
  private pos = 0;
  private depth = 0;
  private readonly path: (string | number)[] = [];
  readonly dups: DuplicateNode[] = [];

  constructor(private readonly t: string) {
    this.n = t.length;
  }

  document(): FastParse {
    const t = this.t;
    let at = this.skipBlank(0, true);
    if (at >= this.n) throw bail(); // empty document: let `yaml` say what it is
    if (this.isDocMarker(at)) {
      // `---` alone on the first line (a comment may follow); anything else after it: not mirrored
      if (t.charCodeAt(at) !== C.DASH) throw bail();
      const after = this.skipSpaces(at + 3);
      const c = t.charCodeAt(after);
      if (after < this.n && c !== C.LF && !(c === C.HASH && after > at + 3)) throw bail();
      at = this.skipBlank(this.lineEndAt(after) + 1);
      if (at >= this.n) throw bail();
    }
    const col = this.indentAt(at);
    const root = this.blockNode(at + col, col, -1);
    if (this.skipBlank(this.pos) < this.n) throw bail(); // more content at a lesser indent: an error or a second document
    return { contents: root.node, data: root.data, dups: this.dups };
  }

  // ---------------------------------------------------------------- lines

  /** Spaces from `p` (a tab in indentation or separation: give up). */
  private skipSpaces(p: number): number {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === C.SPACE) p++;
      else if (c === C.TAB) throw bail();
      else return p;
    }
  }

  /** Position of the line break ending the line that holds `p` (or the text's end). */
  private lineEndAt(p: number): number {
    const i = this.t.indexOf('\n', p);
    return i < 0 ? this.n : i;
  }

  /** Number of spaces at the start of the line starting at `lineStart`. */
  private indentAt(lineStart: number): number {
    const t = this.t;
    let p = lineStart;
    while (t.charCodeAt(p) === C.SPACE) p++;
    if (t.charCodeAt(p) === C.TAB) throw bail();
    return p - lineStart;
  }

  /** From a line start, skip blank and comment-only lines; the start of the next content line (or the end). */
  private skipBlank(lineStart: number, markerOk = false): number {
    const t = this.t;
    let p = lineStart;
    while (p < this.n) {
      const q = this.skipSpaces(p);
      const c = t.charCodeAt(q);
      if (q >= this.n) return this.n;
      if (c === C.LF) {
        p = q + 1;
        continue;
      }
      if (c === C.HASH) {
        p = this.lineEndAt(q) + 1;
        continue;
      }
      // a document marker at column 0 ends the document: not for this parser
      if (q === p && !markerOk && (c === C.DASH || c === C.DOT) && this.isDocMarker(p)) throw bail();
      return p;
    }
    return this.n;
  }

  private isDocMarker(p: number): boolean {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (t.charCodeAt(p + 1) !== c || t.charCodeAt(p + 2) !== c) return false;
    const d = t.charCodeAt(p + 3);
    return p + 3 >= this.n || d === C.SPACE || d === C.LF || d === C.TAB;
  }

  /**
   * After a value on its line: spaces, an optional comment, the line break.
   * Returns the position after the line break (or the end).
   */
  private endOfLine(p: number): number {
    const t = this.t;
    const q = this.skipSpaces(p);
    if (q >= this.n) return this.n;
    const c = t.charCodeAt(q);
    if (c === C.LF) return q + 1;
    if (c === C.HASH && q > p) {
      const e = this.lineEndAt(q);
      return e >= this.n ? this.n : e + 1;
    }
    throw bail();
  }

  // ---------------------------------------------------------------- block nodes

  /** A block collection starting at `at` (column `col`), inside a parent at `parentIndent`. */
  private blockNode(at: number, col: number, parentIndent: number): Parsed {
    if (col <= parentIndent) throw bail();
    if (this.isSeqItem(at)) return this.blockSeq(at, col);
    if (this.keyEnd(at) >= 0) return this.blockMap(at, col);
    throw bail(); // a scalar on a line of its own: let `yaml` handle it
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw bail();
  }

  private isSeqItem(at: number): boolean {
    if (this.t.charCodeAt(at) !== C.DASH) return false;
    const c = this.t.charCodeAt(at + 1);
    return at + 1 >= this.n || c === C.SPACE || c === C.LF || c === C.TAB;
  }

  private blockMap(at: number, col: number): Parsed {
    this.enter();
    const t = this.t;
    const map = mapNode();
    const data: Record<string, unknown> = {};
    const start = at;
    let end = at;
    for (;;) {
      const key = this.key(at);
      const keyString = String(key.data);
      if (keyString === '__proto__') throw bail();
      // repeated keys are reported in document order: the key before what its value holds
      if (Object.prototype.hasOwnProperty.call(data, keyString)) this.duplicate(map, keyString, key.node);
      this.path.push(keyString);
      const value = this.blockValue(key.colon + 1, col);
      this.path.pop();
      map.items.push(pairNode(key.node, value.node));
      data[keyString] = value.data;
      end = value.end;
      const next = this.skipBlank(this.pos);
      if (next < this.n) {
        const ind = this.indentAt(next);
        if (ind > col) throw bail();
        if (ind === col) {
          at = next + ind;
          // a sequence at the map's own indent only belongs to a key with an empty value
          if (this.isSeqItem(at)) throw bail();
          continue;
        }
      }
      break;
    }
    map.range = [start, end, this.closingEnd(end, col)];
    this.depth--;
    return { node: map, data, end: map.range[2] };
  }

  private duplicate(map: YAMLMap, key: string, node: Node): void {
    for (const p of map.items) {
      const k = p.key as Scalar;
      if (String(k.value) === key) {
        this.dups.push({ mapPath: [...this.path], key, node, first: k });
        return;
      }
    }
  }

  private blockSeq(at: number, col: number): Parsed {
    this.enter();
    const seq = seqNode();
    const data: unknown[] = [];
    const start = at;
    let end = at;
    for (;;) {
      this.path.push(data.length);
      const item = this.seqItem(at, col);
      this.path.pop();
      seq.items.push(item.node);
      data.push(item.data);
      end = item.end;
      const next = this.skipBlank(this.pos);
      if (next < this.n) {
        const ind = this.indentAt(next);
        if (ind > col) throw bail();
        if (ind === col && this.isSeqItem(next + ind)) {
          at = next + ind;
          continue;
        }
        // at the same indent without `- `: the parent map goes on
      }
      break;
    }
    seq.range = [start, end, this.closingEnd(end, col)];
    this.depth--;
    return { node: seq, data, end: seq.range[2] };
  }

  /** One `- ` item at `at` of a sequence at column `col`. */
  private seqItem(at: number, col: number): Parsed {
    const q = this.skipSpaces(at + 1);
    const c = this.t.charCodeAt(q);
    if (q >= this.n || c === C.LF || c === C.HASH) return this.valueOnNextLines(at + 1, q, col, false);
    if (this.isSeqItem(q)) throw bail(); // `- - x`
    if (q === at + 1) throw bail();
    if (this.keyEnd(q) >= 0) return this.blockMap(q, col + (q - at));
    return this.inlineValue(q, col);
  }

  /** The value after `key:` (from `p`, right after the colon) in a map at column `col`. */
  private blockValue(p: number, col: number): Parsed {
    const q = this.skipSpaces(p);
    const c = this.t.charCodeAt(q);
    if (q >= this.n || c === C.LF || c === C.HASH) return this.valueOnNextLines(p, q, col, true);
    return this.inlineValue(q, col);
  }

  /**
   * Nothing more on the line (`q` is the line break, a comment or the end): the value is a
   * block collection on the next lines, or empty.
   */
  private valueOnNextLines(p: number, q: number, col: number, inMap: boolean): Parsed {
    const t = this.t;
    const hasComment = q < this.n && t.charCodeAt(q) === C.HASH;
    const lineEnd = this.lineEndAt(q);
    const nextLine = lineEnd >= this.n ? this.n : lineEnd + 1;
    const next = this.skipBlank(nextLine);
    if (next < this.n) {
      const ind = this.indentAt(next);
      if (ind > col || (inMap && ind === col && this.isSeqItem(next + ind))) {
        this.pos = next;
        return this.blockNode(next + ind, ind, inMap && ind === col ? col - 1 : col);
      }
    }
    // empty value: a null scalar where the value would be (comments after it, or an empty
    // sequence item, whose end depends on the comments before it: not mirrored)
    if (!inMap || this.hasCommentLine(nextLine, next)) throw bail();
    const s = scalarNode(null, '', Scalar.PLAIN);
    // With a comment, the empty value runs on to the next content (or, before a sibling key
    // after blank lines, to the end of its own line), as `yaml` places it.
    let end = q;
    if (hasComment) {
      if (next >= this.n) end = this.n;
      else {
        const ind = this.indentAt(next);
        end = inMap && ind === col && next > nextLine ? this.lineEndAt(nextLine) : next + ind;
      }
    }
    s.range = [q, q, end];
    this.pos = nextLine;
    return { node: s as Node, data: null, end };
  }

  /** A comment between `from` and `to` (only blank and comment lines lie there): looks no further than `to`. */
  private hasCommentLine(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.t.charCodeAt(i) === C.HASH) return true;
    return false;
  }

  /** A value that starts on the current line at `q`, in a block at column `col`. */
  private inlineValue(q: number, col: number): Parsed {
    const t = this.t;
    const c = t.charCodeAt(q);
    switch (c) {
      case C.PIPE:
      case C.GT:
        return this.blockScalar(q, col);
      case C.LBRACKET:
      case C.LBRACE: {
        const r = this.flowCollection(q, col);
        const end = this.absorb(this.endOfLine(r.end), col);
        (r.node as YAMLMap).range = [q, r.end, end];
        this.pos = end;
        this.noContinuation(col);
        return { node: r.node, data: r.data, end };
      }
      case C.DQUOTE:
      case C.SQUOTE: {
        const r = this.quoted(q);
        const end = this.absorb(this.endOfLine(r.close), col);
        r.node.range = [q, r.close, end];
        this.pos = end;
        this.noContinuation(col);
        return { node: r.node as Node, data: r.node.value, end };
      }
      case C.AMP:
      case C.STAR:
      case C.BANG:
      case C.PERCENT:
      case C.AT:
      case C.BACKTICK:
      case C.QUESTION:
      case C.COMMA:
      case C.RBRACKET:
      case C.RBRACE:
        throw bail();
    }
    if (c === C.DASH || c === C.COLON) {
      const d = t.charCodeAt(q + 1);
      if (q + 1 >= this.n || d === C.SPACE || d === C.LF || d === C.TAB) throw bail();
    }
    // plain scalar to the end of the line or a comment
    const lineEnd = this.lineEndAt(q);
    let e = q;
    for (let p = q; p < lineEnd; p++) {
      const ch = t.charCodeAt(p);
      if (ch === C.SPACE) {
        if (t.charCodeAt(p + 1) === C.HASH) break;
        continue;
      }
      if (ch === C.TAB || ch === C.CR) throw bail();
      if (ch === C.COLON) {
        const d = t.charCodeAt(p + 1);
        if (p + 1 >= lineEnd || d === C.SPACE) throw bail(); // `a: b: c` or `a: b:`: a mapping where none may be
      }
      e = p + 1;
    }
    const source = t.slice(q, e);
    const s = scalarNode(resolvePlain(source), source, Scalar.PLAIN);
    const end = this.absorb(this.endOfLine(e), col);
    s.range = [q, e, end];
    this.pos = end;
    this.noContinuation(col);
    return { node: s as Node, data: s.value, end };
  }

  /**
   * Comment lines right after a one-line value that are indented past the collection
   * holding it (`col`) belong to the value's end in `yaml`'s tree (with the blank lines
   * before them). From `lineStart`, after the value's own line; returns the new end.
   */
  private absorb(lineStart: number, col: number): number {
    let end = lineStart;
    for (;;) {
      const q = this.nonBlank(end);
      if (q >= this.n || this.t.charCodeAt(q) !== C.HASH || this.columnOf(q) <= col) return end;
      end = this.nextLineStart(q);
    }
  }

  /**
   * A block collection at indent `col` closes (the next content is less indented, or the
   * text ends). Comment lines between its last value (`end`) and that content stay with it
   * when one of them is at least as indented as the collection (and it is not at column
   * 0): its range then reaches the next content. Otherwise they go to an outer node.
   */
  private closingEnd(end: number, col: number): number {
    if (col === 0) return end;
    let p = end;
    // `end` may sit inside a line: at the next content already (an inner collection kept
    // the comments), or after an empty value (start at the next line)
    if (p > 0 && this.t.charCodeAt(p - 1) !== C.LF) {
      if (this.isIndentOnly(p)) return end;
      p = this.nextLineStart(p);
    }
    let kept = false;
    for (;;) {
      const q = this.nonBlank(p);
      if (q >= this.n) return kept ? this.n : end;
      if (this.t.charCodeAt(q) !== C.HASH) return kept ? q : end;
      if (this.columnOf(q) >= col) kept = true;
      p = this.nextLineStart(q);
    }
  }

  /** From a line start: the first character of the next line that is not blank (or the end). */
  private nonBlank(p: number): number {
    for (;;) {
      const q = this.skipSpaces(p);
      if (q >= this.n || this.t.charCodeAt(q) !== C.LF) return q;
      p = q + 1;
    }
  }

  private lineStartOf(p: number): number {
    return this.t.lastIndexOf('\n', p - 1) + 1;
  }

  private columnOf(p: number): number {
    return p - this.lineStartOf(p);
  }

  /** Only spaces between the start of `p`'s line and `p`. */
  private isIndentOnly(p: number): boolean {
    for (let b = this.lineStartOf(p); b < p; b++) if (this.t.charCodeAt(b) !== C.SPACE) return false;
    return true;
  }

  private nextLineStart(p: number): number {
    const e = this.lineEndAt(p);
    return e >= this.n ? this.n : e + 1;
  }

  /** After a one-line value: a more indented next line would continue it (multi-line scalar) or be an error. */
  private noContinuation(col: number): void {
    const next = this.skipBlank(this.pos);
    if (next < this.n && this.indentAt(next) > col) throw bail();
  }

  // ---------------------------------------------------------------- keys and scalars

  /** Where the implicit key starting at `at` ends (position of its colon), or -1 when the line holds no key. */
  private keyEnd(at: number): number {
    const t = this.t;
    const c = t.charCodeAt(at);
    let p: number;
    if (c === C.DQUOTE || c === C.SQUOTE) {
      p = this.closingQuote(at, false);
      if (p < 0) return -1;
      p++;
    } else {
      if (isIndicator(c) || c === C.QUESTION || c === C.COLON || c === C.DASH) {
        const d = t.charCodeAt(at + 1);
        if (isIndicator(c) || at + 1 >= this.n || d === C.SPACE || d === C.LF || d === C.TAB) return -1;
      }
      p = at;
      for (;;) {
        const ch = t.charCodeAt(p);
        if (p >= this.n || ch === C.LF) return -1;
        if (ch === C.COLON) {
          const d = t.charCodeAt(p + 1);
          if (p + 1 >= this.n || d === C.SPACE || d === C.LF) return p - at > MAX_KEY ? -1 : p;
        }
        if (ch === C.SPACE && t.charCodeAt(p + 1) === C.HASH) return -1;
        p++;
      }
    }
    if (t.charCodeAt(p) !== C.COLON) return -1;
    const d = t.charCodeAt(p + 1);
    return p + 1 >= this.n || d === C.SPACE || d === C.LF ? p : -1;
  }

  /** The key at `at` (known to be one: see keyEnd). */
  private key(at: number): { node: Node; data: unknown; colon: number } {
    const t = this.t;
    const colon = this.keyEnd(at);
    if (colon < 0) throw bail();
    const c = t.charCodeAt(at);
    if (c === C.DQUOTE || c === C.SQUOTE) {
      const r = this.quoted(at);
      r.node.range = [at, r.close, r.close];
      return { node: r.node as Node, data: r.node.value, colon };
    }
    let e = colon;
    if (t.charCodeAt(e - 1) === C.SPACE) throw bail(); // `key : value`: rare, not mirrored
    for (let p = at; p < e; p++) {
      const ch = t.charCodeAt(p);
      if (ch === C.TAB || ch === C.CR) throw bail();
    }
    const source = t.slice(at, e);
    if (source === '<<') throw bail();
    const value = resolvePlain(source);
    if (value === null) throw bail();
    const s = scalarNode(value, source, Scalar.PLAIN);
    s.range = [at, e, e];
    return { node: s as Node, data: value, colon };
  }

  /** Position of the quote closing the one at `at` on the same line, or -1. */
  private closingQuote(at: number, strictEscapes: boolean): number {
    const t = this.t;
    const q = t.charCodeAt(at);
    for (let p = at + 1; p < this.n; p++) {
      const ch = t.charCodeAt(p);
      if (ch === C.LF || ch === C.CR) return -1;
      if (q === C.DQUOTE && ch === C.BACKSLASH) {
        p++;
        if (strictEscapes && p >= this.n) return -1;
        continue;
      }
      if (ch === q) {
        if (q === C.SQUOTE && t.charCodeAt(p + 1) === C.SQUOTE) {
          p++;
          continue;
        }
        return p;
      }
    }
    return -1;
  }

  /** A one-line quoted scalar at `at`; `close` is the position after its closing quote. */
  private quoted(at: number): { node: Scalar; close: number } {
    const t = this.t;
    const q = t.charCodeAt(at);
    const last = this.closingQuote(at, true);
    if (last < 0) throw bail();
    let value: string;
    if (q === C.SQUOTE) {
      value = t.slice(at + 1, last).replace(/''/g, "'");
    } else {
      const raw = t.slice(at + 1, last);
      value = raw.indexOf('\\') < 0 ? raw : unescape(raw);
    }
    if (value.indexOf('\t') >= 0 && q === C.SQUOTE) throw bail();
    const s = scalarNode(value, value, q === C.SQUOTE ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE);
    return { node: s, close: last + 1 };
  }

  /** `|` or `>` at `q`, in a block at column `col`. */
  private blockScalar(q: number, col: number): Parsed {
    const t = this.t;
    const folded = t.charCodeAt(q) === C.GT;
    let p = q + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    const h = t.charCodeAt(p);
    if (h === C.DASH) {
      chomp = 'strip';
      p++;
    } else if (h === C.PLUS) {
      chomp = 'keep';
      p++;
    }
    const after = t.charCodeAt(p);
    if (p < this.n && after !== C.SPACE && after !== C.LF) throw bail(); // indentation indicator or junk
    let lineStart = this.endOfLine(p);
    if (lineStart >= this.n) throw bail();
    const indent = this.indentAt(lineStart);
    if (indent <= col || t.charCodeAt(lineStart + indent) === C.LF || lineStart + indent >= this.n) throw bail();
    const lines: string[] = [];
    let trailing = 0;
    let contentEnd = lineStart; // after the last content line's break
    let blankEnd = lineStart; // after the last (blank) line that belongs to the scalar
    while (lineStart < this.n) {
      let ind = 0;
      while (t.charCodeAt(lineStart + ind) === C.SPACE) ind++;
      const le = this.lineEndAt(lineStart);
      if (lineStart + ind === le) {
        if (ind > indent) throw bail(); // spaces beyond the indent on an empty line are content: not mirrored
        if (le >= this.n) {
          if (ind > 0) throw bail(); // spaces ending the text: `yaml` counts them in, not mirrored
          break;
        }
        trailing++;
        lineStart = le + 1;
        blankEnd = lineStart;
        continue;
      }
      if (ind < indent) break;
      if (le >= this.n) throw bail(); // last line without a line break
      const first = t.charCodeAt(lineStart + indent);
      if (folded && (first === C.SPACE || first === C.TAB)) throw bail(); // more-indented lines in a folded scalar
      if (t.charCodeAt(lineStart + ind) === C.TAB && ind < indent) throw bail();
      const text = t.slice(lineStart + indent, le);
      if (text.indexOf('\r') >= 0) throw bail();
      if (lines.length) {
        if (folded) lines.push(trailing === 0 ? ' ' : '\n'.repeat(trailing));
        else lines.push('\n'.repeat(trailing + 1));
      }
      lines.push(text);
      trailing = 0;
      lineStart = le + 1;
      contentEnd = lineStart;
      blankEnd = lineStart;
    }
    let value = lines.join('');
    if (chomp === 'clip') value += '\n';
    else if (chomp === 'keep') value += '\n'.repeat(trailing + 1);
    const end = chomp === 'keep' ? blankEnd : contentEnd;
    const s = scalarNode(value, value, folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL);
    s.range = [q, end, end];
    this.pos = lineStart;
    return { node: s as Node, data: value, end };
  }

  // ---------------------------------------------------------------- flow collections

  /** Whitespace, line breaks and comments inside a flow collection; continuation lines must be indented past `col`. */
  private skipFlow(p: number, col: number): number {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === C.SPACE) p++;
      else if (c === C.LF) {
        p++;
        let ind = 0;
        while (t.charCodeAt(p) === C.SPACE) {
          p++;
          ind++;
        }
        const d = t.charCodeAt(p);
        if (d === C.TAB) throw bail();
        if (d !== C.LF && p < this.n && ind <= col) throw bail();
      } else if (c === C.HASH) {
        if (t.charCodeAt(p - 1) !== C.SPACE && t.charCodeAt(p - 1) !== C.LF) throw bail();
        p = this.lineEndAt(p);
      } else if (c === C.TAB || c === C.CR) throw bail();
      else return p;
      if (p >= this.n) throw bail(); // unclosed
    }
  }

  /** `[...]` or `{...}` at `q`; `end` is the position after the closing bracket. */
  private flowCollection(q: number, col: number): Parsed {
    this.enter();
    const t = this.t;
    const isSeq = t.charCodeAt(q) === C.LBRACKET;
    const close = isSeq ? C.RBRACKET : C.RBRACE;
    const node = isSeq ? seqNode() : mapNode();
    node.flow = true;
    const seqData: unknown[] = [];
    const mapData: Record<string, unknown> = {};
    let p = this.skipFlow(q + 1, col);
    if (t.charCodeAt(p) !== close) {
      for (;;) {
        if (isSeq) {
          this.path.push(seqData.length);
          const item = this.flowItem(p, col, true);
          this.path.pop();
          p = item.next;
          if (t.charCodeAt(p) === C.COLON) throw bail(); // a pair in a flow sequence
          (node as YAMLSeq).items.push(item.node);
          seqData.push(item.data);
        } else {
          const c = t.charCodeAt(p);
          let keyNode: Node;
          let keyData: unknown;
          let k: number;
          if (c === C.DQUOTE || c === C.SQUOTE) {
            const r = this.quoted(p);
            r.node.range = [p, r.close, r.close];
            keyNode = r.node as Node;
            keyData = r.node.value;
            k = r.close;
          } else {
            const r = this.flowPlain(p);
            if (r.value === null) throw bail();
            r.node.range = [p, r.close, r.close];
            keyNode = r.node as Node;
            keyData = r.value;
            k = r.close;
          }
          if (t.charCodeAt(k) !== C.COLON) throw bail(); // `{a}` or `{a : b}`
          const d = t.charCodeAt(k + 1);
          if (d !== C.SPACE && d !== C.LF) throw bail();
          const keyString = String(keyData);
          if (keyString === '__proto__' || keyString === '<<') throw bail();
          const v = this.skipFlow(k + 1, col);
          const vc = t.charCodeAt(v);
          if (vc === C.COMMA || vc === close) throw bail(); // empty value
          if (Object.prototype.hasOwnProperty.call(mapData, keyString)) this.duplicate(node as YAMLMap, keyString, keyNode);
          this.path.push(keyString);
          const value = this.flowItem(v, col, false);
          this.path.pop();
          (node as YAMLMap).items.push(pairNode(keyNode, value.node));
          mapData[keyString] = value.data;
          p = value.next;
        }
        const c = t.charCodeAt(p);
        if (c === C.COMMA) {
          p = this.skipFlow(p + 1, col);
          if (t.charCodeAt(p) === close || t.charCodeAt(p) === C.COMMA) throw bail(); // trailing or double comma
          continue;
        }
        if (c === close) break;
        throw bail();
      }
    }
    const end = p + 1;
    node.range = [q, end, end];
    this.depth--;
    return { node: node as Node, data: isSeq ? seqData : mapData, end };
  }

  /**
   * A value inside a flow collection at `p`. `next` is where the next token starts; `end`
   * (the node's range[2]) is where `yaml` ends it: a scalar item of a sequence takes all the
   * space and comments up to the next token, other values stop after their line's break.
   */
  private flowItem(p: number, col: number, seqItem: boolean): Parsed & { next: number } {
    const t = this.t;
    const c = t.charCodeAt(p);
    let node: Scalar | YAMLMap | YAMLSeq;
    let data: unknown;
    let close: number;
    let scalar = true;
    if (c === C.LBRACKET || c === C.LBRACE) {
      const r = this.flowCollection(p, col);
      node = r.node as YAMLMap;
      data = r.data;
      close = r.end;
      scalar = false;
    } else if (c === C.DQUOTE || c === C.SQUOTE) {
      const r = this.quoted(p);
      node = r.node;
      data = r.node.value;
      close = r.close;
    } else {
      const r = this.flowPlain(p);
      node = r.node;
      data = r.value;
      close = r.close;
    }
    const next = this.skipFlow(close, col);
    const end = scalar && seqItem ? next : this.lineTail(close, next);
    node.range = [p, close, end];
    return { node: node as Node, data, end, next };
  }

  /** From `p` to `next` (spaces, comments, line breaks): up to and including the first line break. */
  private lineTail(p: number, next: number): number {
    const i = this.t.indexOf('\n', p);
    return i >= 0 && i < next ? i + 1 : next;
  }

  /** A plain scalar inside a flow collection (one line). */
  private flowPlain(p: number): { node: Scalar; value: unknown; close: number } {
    const t = this.t;
    const c = t.charCodeAt(p);
    if (isIndicator(c) || c === C.QUESTION || c === C.COLON || c === C.DASH) {
      const d = t.charCodeAt(p + 1);
      if (isIndicator(c) || d === C.SPACE || d === C.LF || isFlowIndicator(d) || p + 1 >= this.n) throw bail();
    }
    let e = p;
    for (let i = p; i < this.n; i++) {
      const ch = t.charCodeAt(i);
      if (ch === C.LF || isFlowIndicator(ch)) break;
      if (ch === C.COLON) {
        const d = t.charCodeAt(i + 1);
        if (d === C.SPACE || d === C.LF || isFlowIndicator(d) || i + 1 >= this.n) break;
      }
      if (ch === C.SPACE) {
        if (t.charCodeAt(i + 1) === C.HASH) break;
        continue;
      }
      if (ch === C.TAB || ch === C.CR) throw bail();
      e = i + 1;
    }
    if (e === p) throw bail();
    const source = t.slice(p, e);
    const value = resolvePlain(source);
    const s = scalarNode(value, source, Scalar.PLAIN);
    // a plain scalar that goes on after a line break is multi-line: not mirrored
    const next = this.skipFlowNoCheck(e);
    const d = t.charCodeAt(next);
    if (next > e && t.slice(e, next).indexOf('\n') >= 0 && !(d === C.COMMA || d === C.RBRACKET || d === C.RBRACE || d === C.COLON || d === C.HASH)) throw bail();
    return { node: s, value, close: e };
  }

  private skipFlowNoCheck(p: number): number {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === C.SPACE || c === C.LF) p++;
      else return p;
    }
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

function unescape(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = raw[++i];
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (!len) throw bail();
    const hex = raw.substr(i + 1, len);
    if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) throw bail();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw bail();
    out += String.fromCodePoint(code);
    i += len;
  }
  return out;
}

/**
 * Parse `text` when it is in the plain subset, else undefined (parse it with `yaml`).
 * Never throws.
 */
export function fastParse(text: string): FastParse | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  // CRLF line ends (Windows): parse the text with LF ends, then move every offset back over
  // the CRs taken out. `yaml` treats CRLF as one line break, so both give the same tree.
  let crs: number[] | undefined;
  let source = text;
  if (text.indexOf('\r') >= 0) {
    crs = [];
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (text.charCodeAt(i + 1) !== C.LF) return undefined; // a lone CR: not a line end here
      crs.push(i - crs.length); // where the LF lands once the CRs before it are gone
    }
    source = text.replace(/\r\n/g, '\n');
  }
  let parsed: FastParse;
  try {
    parsed = new Parser(source).document();
  } catch (e) {
    if (e === BAIL) return undefined;
    if (e instanceof RangeError) return undefined; // pathological nesting
    throw e;
  }
  if (crs) restoreOffsets(parsed.contents, crs);
  return parsed;
}

/** Offsets in the LF text -> offsets in the CRLF text (`lfs`: positions of the LFs that had a CR). */
function restoreOffsets(node: unknown, lfs: readonly number[]): void {
  const map = (o: number): number => {
    // number of CRLF breaks whose LF is before `o`
    let lo = 0;
    let hi = lfs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lfs[mid] < o) lo = mid + 1;
      else hi = mid;
    }
    return o + lo;
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const x = n as { range?: number[]; items?: unknown[]; key?: unknown; value?: unknown };
    if (x.range) x.range = [map(x.range[0]), map(x.range[1]), map(x.range[2])];
    if (x.items) for (const item of x.items) visit(item);
    else if ('key' in x) {
      visit(x.key);
      visit(x.value);
    }
  };
  visit(node);
}
