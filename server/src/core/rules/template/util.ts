import type { ComponentModel, TemplateModel } from '../../model/template';
import type { Path } from '../../parse/yamlFile';
import { detectEol, type OffsetRange } from '../../text';
import type { TextEdit } from '../../findings';
import type { RuleContext } from '../types';
import { appendToMap } from '../../fix/edits';
import { isMap } from '../../parse/yamlFile';

/**
 * Shared helpers of the `template/*` rules: paths, component lookup, raw field
 * access (case-insensitive `type`), parameter tokens and example extraction.
 * Rules read the raw objects where the typed model may have dropped a bad field.
 */

export function templatePath(t: TemplateModel, ...rest: (string | number)[]): Path {
  return [...t.path, ...rest];
}

export function upper(v: unknown): string | undefined {
  return typeof v === 'string' ? v.toUpperCase() : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function category(t: TemplateModel): string | undefined {
  return t.category ?? upper(t.rawCategory);
}

export function componentsOf(t: TemplateModel | { components: ComponentModel[] }, type: ComponentModel['type']): ComponentModel[] {
  return t.components.filter((c) => c.type === type);
}

export function formatOf(c: ComponentModel): string | undefined {
  return upper(c.raw.format) ?? c.format;
}

/** A button as written (raw object), with its upper-cased type and path. */
export interface RawButton {
  index: number;
  type: string;
  raw: Record<string, unknown>;
  path: Path;
}

export function buttonsOf(c: ComponentModel | undefined): RawButton[] {
  if (!c || !Array.isArray(c.raw.buttons)) return [];
  const out: RawButton[] = [];
  (c.raw.buttons as unknown[]).forEach((b, index) => {
    const raw = obj(b);
    if (raw) out.push({ index, type: upper(raw.type) ?? '', raw, path: [...c.path, 'buttons', index] });
  });
  return out;
}

/** Every button of the template's BUTTONS components. */
export function allButtons(t: TemplateModel): RawButton[] {
  return componentsOf(t, 'BUTTONS').flatMap((c) => buttonsOf(c));
}

// ---------------------------------------------------------------------------
// Parameter tokens

/** A well-formed `{{x}}` or a malformed brace group, with offsets in the text. */
export interface Token {
  raw: string;
  start: number;
  end: number;
  /** The name between the braces (trimmed). */
  name: string;
  /** Well-formed: exactly `{{` + `[A-Za-z0-9_]+` + `}}`. */
  ok: boolean;
  /** What is wrong when not ok. */
  problem?: 'braces' | 'spaces' | 'chars' | 'empty';
  positional: boolean;
}

const GROUP_RE = /(\{+)([^{}]*)(\}+)/g;
const NAME_RE = /^[A-Za-z0-9_]+$/;

/**
 * Scan a text for parameter tokens. A `{{...}}` group is a token; a group with
 * another number of braces is reported when it looks like a parameter (`{1}`,
 * `{{{1}}}`, `{{1}`); stray `{{` / `}}` are unbalanced braces.
 */
export function scanTokens(text: string | undefined): Token[] {
  if (!text) return [];
  const out: Token[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(GROUP_RE)) {
    const [whole, open, inner, close] = m;
    const start = m.index!;
    const end = start + whole.length;
    const name = inner.trim();
    const positional = /^\d+$/.test(name.replace(/^#/, ''));
    if (open.length === 2 && close.length === 2) {
      covered.push([start, end]);
      if (name === '') out.push({ raw: whole, start, end, name, ok: false, problem: 'empty', positional: false });
      else if (!NAME_RE.test(name)) out.push({ raw: whole, start, end, name, ok: false, problem: 'chars', positional });
      else if (name !== inner) out.push({ raw: whole, start, end, name, ok: false, problem: 'spaces', positional });
      else out.push({ raw: whole, start, end, name, ok: true, positional });
      continue;
    }
    const paramLike = /^[#$%]?\w+$/.test(name);
    if (paramLike && (open.length >= 2 || close.length >= 2 || positional)) {
      covered.push([start, end]);
      out.push({ raw: whole, start, end, name, ok: false, problem: 'braces', positional });
    }
  }
  // stray double braces outside any group
  for (const m of text.matchAll(/\{\{+|\}\}+/g)) {
    const s = m.index!;
    if (covered.some(([a, b]) => s >= a && s < b)) continue;
    out.push({ raw: m[0], start: s, end: s + m[0].length, name: '', ok: false, problem: 'braces', positional: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Well-formed parameter names of a text, distinct, in order of first use. */
export function paramNames(text: string | undefined): string[] {
  const seen: string[] = [];
  for (const t of scanTokens(text)) if (t.ok && !seen.includes(t.name)) seen.push(t.name);
  return seen;
}

// ---------------------------------------------------------------------------
// Examples

/** The example values given for a HEADER/BODY component, positional or named. */
export interface Examples {
  /** Positional values (`header_text`, `body_text[0]`), when present. */
  positional?: unknown[];
  /** Named entries (`*_named_params`), when present. */
  named?: { name: string; index: number }[];
  /** Path of the `example` map (may not exist). */
  path: Path;
  /** Key of the positional and named arrays for this component. */
  positionalKey: 'header_text' | 'body_text';
  namedKey: 'header_text_named_params' | 'body_text_named_params';
}

export function examplesOf(c: ComponentModel): Examples {
  const header = c.type === 'HEADER';
  const ex = obj(c.raw.example);
  const positionalKey = header ? 'header_text' : 'body_text';
  const namedKey = header ? 'header_text_named_params' : 'body_text_named_params';
  const out: Examples = { path: [...c.path, 'example'], positionalKey, namedKey };
  if (!ex) return out;
  const p = ex[positionalKey];
  if (Array.isArray(p)) out.positional = header ? p : Array.isArray(p[0]) ? (p[0] as unknown[]) : p;
  const n = ex[namedKey];
  if (Array.isArray(n)) out.named = n.map((e, index) => ({ name: str(obj(e)?.param_name) ?? '', index }));
  return out;
}

// ---------------------------------------------------------------------------
// Ranges inside scalars

/**
 * The file range of `text.slice(start, end)` inside the scalar at `path`, when it
 * can be found exactly (plain or quoted scalars, block scalars by search); else
 * undefined (the caller falls back to the whole value).
 */
export function rangeInText(ctx: RuleContext, path: Path, text: string, start: number, end: number): OffsetRange | undefined {
  const r = ctx.file.yaml.innerRange(path);
  if (!r) return undefined;
  const src = ctx.file.text.slice(r.start, r.end);
  if (src === text) return { start: r.start + start, end: r.start + end };
  // Escapes or folding: find the same occurrence of the piece in the source.
  const piece = text.slice(start, end);
  if (!piece) return undefined;
  let k = 0;
  for (let i = text.indexOf(piece); i >= 0 && i < start; i = text.indexOf(piece, i + 1)) k++;
  let at = -1;
  for (let n = 0; n <= k; n++) {
    at = src.indexOf(piece, at + 1);
    if (at < 0) return undefined;
  }
  return { start: r.start + at, end: r.start + at + piece.length };
}

/** Report helper: a finding on a piece of a text scalar, falling back to the whole value. */
export function pieceTarget(ctx: RuleContext, path: Path, text: string, start: number, end: number): { range?: OffsetRange; path: Path; target: 'value' } {
  const range = rangeInText(ctx, path, text, start, end);
  return range ? { range, path, target: 'value' } : { path, target: 'value' };
}

// ---------------------------------------------------------------------------
// Edits

/** Is the map at `path` written in flow style (`{ ... }`, JSON)? */
export function isFlowMap(ctx: RuleContext, path: Path): boolean {
  const node = ctx.file.yaml.node(path);
  return !!node && isMap(node) && !!node.flow;
}

/** Plain data in one-line JSON with a space after `:` and `,` (valid YAML flow and JSON). */
export function flowJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowJson).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${flowJson(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

/**
 * Add `key: value` to the map at `mapPath`, `value` written in one-line JSON
 * (valid YAML and JSON). Keeps comments and formatting; block maps inside a
 * sequence item get the column of their first key.
 */
export function addKey(ctx: RuleContext, mapPath: Path, key: string, value: unknown): TextEdit | undefined {
  const yaml = ctx.file.yaml;
  const node = yaml.node(mapPath);
  if (!node || !isMap(node) || !node.range) return undefined;
  const json = /\.json$/i.test(ctx.file.uri.replace(/[?#].*$/, ''));
  const plain = !json && typeof value === 'string' && /^[A-Za-z_]\w*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value);
  const line = `${json ? JSON.stringify(key) : key}: ${plain ? value : flowJson(value)}`;
  if (node.flow) return appendToMap(yaml, mapPath, [line]);
  const firstKey = node.items[0]?.key as { range?: [number, number, number] } | undefined;
  if (!firstKey?.range) return undefined;
  const keyStart = firstKey.range[0];
  const column = keyStart - yaml.lines.lineStart(yaml.lines.positionAt(keyStart).line);
  // End of the map's last content line (before trailing blank lines and comments).
  let endOffset = node.range[1];
  while (endOffset > 0 && /\s/.test(ctx.file.text[endOffset - 1])) endOffset--;
  const at = yaml.lines.lineEnd(yaml.lines.positionAt(endOffset).line);
  return { start: at, end: at, newText: detectEol(ctx.file.text) + ' '.repeat(column) + line };
}

/** Count words (non-parameter) of a text: runs of letters/digits. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu) ?? []).length;
}

/** Does a text hold an emoji (pictographic character)? */
export function hasEmoji(text: string): boolean {
  return /\p{Extended_Pictographic}/u.test(text);
}

/** BUTTONS components of the template and of its carousel cards. */
export function buttonComponents(t: TemplateModel): { c: ComponentModel; card: boolean }[] {
  const out: { c: ComponentModel; card: boolean }[] = [];
  for (const c of t.components) {
    if (c.type === 'BUTTONS') out.push({ c, card: false });
    for (const k of c.cards ?? []) for (const cc of k.components) if (cc.type === 'BUTTONS') out.push({ c: cc, card: true });
  }
  return out;
}

/** The example value(s) of a button (`example: "x"` or `example: ["x"]`). */
export function buttonExample(b: RawButton): string | undefined {
  const e = b.raw.example;
  if (typeof e === 'string') return e;
  if (Array.isArray(e) && typeof e[0] === 'string') return e[0];
  return undefined;
}
