import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { SourceFile } from '../core/document';
import { keyString, type Path, type YamlFile } from '../core/parse/yamlFile';
import type { OffsetRange } from '../core/text';

/** What is under the cursor in a YAML file: a key or a scalar value, with its path. */
export interface Located {
  /** For a key: the path of the pair; for a value: the path of the value. */
  path: (string | number)[];
  on: 'key' | 'value';
  range: OffsetRange;
  /** The scalar's text value. */
  value?: string;
}

function contains(r: readonly [number, number, number?] | null | undefined, offset: number): boolean {
  return !!r && offset >= r[0] && offset <= r[1];
}

/** The innermost key or scalar value at `offset` (cursor at the end of a word counts). */
export function locate(yaml: YamlFile, offset: number): Located | undefined {
  const root = yaml.root;
  return root ? walk(root, [], offset, 0) : undefined;
}

function walk(node: Node, path: (string | number)[], offset: number, depth: number): Located | undefined {
  if (depth > 100) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const k = keyString(pair.key);
      if (k === undefined) continue;
      if (key && contains(key.range, offset)) return { path: [...path, k], on: 'key', range: { start: key.range![0], end: key.range![1] }, value: k };
      const value = pair.value as Node | null;
      if (value && contains(value.range, offset)) {
        const inner = walk(value, [...path, k], offset, depth + 1);
        if (inner) return inner;
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node | null;
      if (item && contains(item.range, offset)) return walk(item, [...path, i], offset, depth + 1);
    }
    return undefined;
  }
  if (isScalar(node) && node.range) {
    const v = node.value;
    return { path, on: 'value', range: { start: node.range[0], end: node.range[1] }, value: v === null || v === undefined ? '' : String(v) };
  }
  return undefined;
}

export function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((x, i) => String(x) === String(b[i]));
}

/** A step id or a template name: what navigation, hover and rename work on. */
export type SymbolRef =
  | { kind: 'step'; id: string; range: OffsetRange; definition: boolean }
  | { kind: 'template'; name: string; language?: string; range: OffsetRange; definition: boolean };

/** Range of a scalar's text without quotes. */
export function scalarInner(yaml: YamlFile, path: Path): OffsetRange | undefined {
  return yaml.innerRange(path);
}

/** The step id or template name at `offset`, if any. */
export function symbolAt(file: SourceFile, offset: number): SymbolRef | undefined {
  const loc = locate(file.yaml, offset);
  if (!loc) return undefined;
  const p = loc.path;
  if (file.flow) {
    const flow = file.flow;
    if (loc.on === 'key' && p.length === 2 && p[0] === 'steps') return { kind: 'step', id: String(p[1]), range: loc.range, definition: true };
    if (loc.on === 'value') {
      const ref = flow.refs.find((r) => samePath(r.path, p));
      if (ref) return { kind: 'step', id: ref.id, range: scalarInner(file.yaml, p) ?? loc.range, definition: false };
      if (p.length === 3 && p[0] === 'steps' && p[2] === 'template' && loc.value) {
        const step = flow.steps.get(String(p[1]));
        return { kind: 'template', name: loc.value, language: step?.language ?? flow.language, range: scalarInner(file.yaml, p) ?? loc.range, definition: false };
      }
    }
  }
  if (file.templates && loc.on === 'value' && p[p.length - 1] === 'name') {
    const t = file.templates.templates.find((t) => samePath([...t.path, 'name'], p));
    if (t) return { kind: 'template', name: t.name, language: t.language, range: scalarInner(file.yaml, p) ?? loc.range, definition: true };
  }
  return undefined;
}
