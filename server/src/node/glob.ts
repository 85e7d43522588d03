/**
 * A small glob matcher and a directory walker (Node-only; no dependency).
 *
 * Patterns use POSIX separators and are matched against POSIX relative paths:
 * - `*` any run of characters except `/`; `?` one character except `/`;
 * - `**` as a whole path segment: zero or more segments (`a/**` also matches `a`);
 * - `{a,b}` alternatives (nestable, may hold other glob syntax and `/`);
 * - `[abc]`, `[a-z]`, `[!a]` / `[^a]` character classes; `\x` escapes x.
 * `*` and `?` match dot files too: walint's globs select files, they do not hide them.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Folders the walker never enters. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', 'out', 'dist']);

/** Brace expansion is bounded so that a hostile pattern cannot explode. */
const MAX_EXPANSIONS = 1024;

export function hasGlobSyntax(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern.replace(/\\./g, ''));
}

/** `{a,b}c` -> `ac`, `bc` (nested braces, escapes kept; `{a}` without a comma stays literal). */
export function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const stack = [pattern];
  while (stack.length) {
    const p = stack.pop()!;
    const group = firstBraceGroup(p);
    if (!group) {
      out.push(p);
      if (out.length >= MAX_EXPANSIONS) break;
      continue;
    }
    const { start, end, alternatives } = group;
    for (let i = alternatives.length - 1; i >= 0; i--) stack.push(p.slice(0, start) + alternatives[i] + p.slice(end + 1));
    if (stack.length > MAX_EXPANSIONS * 4) break;
  }
  return out;
}

function firstBraceGroup(p: string): { start: number; end: number; alternatives: string[] } | undefined {
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = classEnd(p, i);
      if (close > 0) i = close;
      continue;
    }
    if (c !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < p.length; j++) {
      const d = p[j];
      if (d === '\\') {
        j++;
        continue;
      }
      if (d === '{') depth++;
      else if (d === '}') {
        depth--;
        if (depth === 0) {
          if (!commas.length) break; // `{a}`: literal, look further
          const alternatives: string[] = [];
          let from = i + 1;
          for (const k of commas) {
            alternatives.push(p.slice(from, k));
            from = k + 1;
          }
          alternatives.push(p.slice(from, j));
          return { start: i, end: j, alternatives };
        }
      } else if (d === ',' && depth === 1) commas.push(j);
    }
  }
  return undefined;
}

/** Index of the `]` closing the class that opens at `open`, or -1 (then `[` is literal). */
function classEnd(p: string, open: number): number {
  let i = open + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++; // `[]]` holds a `]`
  for (; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] === '/') return -1;
    if (p[i] === ']') return i;
  }
  return -1;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function segmentToRe(seg: string): string {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\') {
      if (i + 1 < seg.length) re += escapeRe(seg[++i]);
      else re += '\\\\';
    } else if (c === '*') {
      while (seg[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = classEnd(seg, i);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = body.slice(1);
      }
      // keep ranges (a-z) and escapes; escape what is special inside a JS class
      let cls = '';
      for (let k = 0; k < body.length; k++) {
        const b = body[k];
        if (b === '\\' && k + 1 < body.length) cls += '\\' + body[++k];
        else if (b === '-' && k > 0 && k < body.length - 1) cls += '-';
        else cls += /[\]\\^-]/.test(b) ? '\\' + b : b;
      }
      re += negate ? `(?!/)[^${cls}]` : `[${cls}]`;
      i = close;
    } else re += escapeRe(c);
  }
  return re;
}

function compileOne(pattern: string): string {
  const segs = pattern.split('/').filter((s, i, all) => !(s === '**' && all[i - 1] === '**'));
  let out = '';
  let needSep = false;
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === '**') {
      if (i === 0) {
        out += last ? '.*' : '(?:.*/)?';
        needSep = false;
      } else {
        out += '(?:/.*)?';
        needSep = true;
      }
    } else {
      out += (needSep ? '/' : '') + segmentToRe(seg);
      needSep = true;
    }
  });
  return out;
}

const cache = new Map<string, RegExp>();

/** The RegExp a glob compiles to (anchored, whole path). Cached. */
export function globToRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const normalised = pattern.replace(/^\.\//, '');
    re = new RegExp(`^(?:${expandBraces(normalised).map(compileOne).join('|')})$`);
    if (cache.size > 500) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

/** Does the POSIX relative path match the glob? (`\` in paths is read as a separator.) */
export function matchGlob(path: string, pattern: string): boolean {
  return globToRegExp(pattern).test(toPosix(path).replace(/^\.\//, ''));
}

export function matchAny(path: string, patterns: readonly string[] | undefined): boolean {
  return !!patterns?.some((p) => matchGlob(path, p));
}

export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The folder part of a glob before its first segment with glob syntax: `examples/**\/*.yaml` -> `examples`. */
export function globBase(pattern: string): string {
  const segs = toPosix(pattern).split('/');
  const base: string[] = [];
  for (const s of segs.slice(0, -1)) {
    if (hasGlobSyntax(s)) break;
    base.push(s);
  }
  return base.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/**
 * Every file under `dir` (absolute paths, sorted), skipping node_modules, .git,
 * out and dist. Symbolic links to folders are not followed (no cycles); an
 * unreadable folder is skipped and reported through `onError`.
 */
export function walk(dir: string, onError?: (path: string, error: Error) => void, limit = 200_000): string[] {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length && files.length < limit) {
    const current = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (e) {
      onError?.(current, e as Error);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    const dirs: string[] = [];
    for (const e of entries) {
      const full = join(current, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) dirs.push(full);
      } else if (e.isFile()) files.push(full);
      else if (e.isSymbolicLink()) {
        try {
          if (statSync(full).isFile()) files.push(full);
        } catch {
          // dangling link: nothing to read
        }
      }
    }
    stack.push(...dirs);
  }
  return files.sort();
}
