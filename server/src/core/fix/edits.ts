import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { TextEdit } from '../findings';
import { detectEol } from '../text';
import type { Path, YamlFile } from '../parse/yamlFile';

/**
 * Edit helpers for fixes. They touch the fewest characters possible, keep
 * comments, order and formatting, and are idempotent when their callers check
 * the model first (a fix is only offered while its finding is there).
 */

/** Indentation (spaces) of the line holding `offset`. */
export function indentAt(yaml: YamlFile, offset: number): string {
  const line = yaml.lines.lineText(yaml.lines.positionAt(offset).line);
  return /^[ \t]*/.exec(line)![0];
}

/** The unit of indentation the file uses (2 spaces by default). */
export function indentUnit(yaml: YamlFile): string {
  const m = /\n( +)\S/.exec(yaml.text);
  return m && m[1].length <= 8 ? m[1] : '  ';
}

/** Quote a scalar for YAML only when needed. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (value === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|^(true|false|null|yes|no|on|off|~)$/i.test(value) || /^[\d.+-]/.test(value) || /[\n\r\t]/.test(value)) {
    return JSON.stringify(value);
  }
  return value;
}

/** Replace a scalar's value, keeping its quote style when it had one. */
export function replaceScalar(yaml: YamlFile, path: Path, value: string): TextEdit | undefined {
  const node = yaml.node(path);
  if (!node || !isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  let newText: string;
  if (node.type === 'QUOTE_DOUBLE') newText = JSON.stringify(value);
  else if (node.type === 'QUOTE_SINGLE') newText = `'${value.replace(/'/g, "''")}'`;
  else newText = yamlScalar(value);
  return { start, end, newText };
}

/** Offset of the end of the last line of a block node's content (before trailing comments/blank lines). */
function blockEnd(yaml: YamlFile, node: Node): number {
  const end = node.range ? node.range[1] : 0;
  let pos = end;
  // step back over trailing whitespace/newlines that belong to the node range
  while (pos > 0 && /[\s]/.test(yaml.text[pos - 1])) pos--;
  return yaml.lines.lineEnd(yaml.lines.positionAt(pos).line);
}

/**
 * Add `key: value` lines at the end of the map at `mapPath`. `lines` are relative
 * to the map's indentation (use `unit` from indentUnit for nesting).
 */
export function appendToMap(yaml: YamlFile, mapPath: Path, lines: string[]): TextEdit | undefined {
  const node = yaml.node(mapPath);
  if (!node || !isMap(node) || !node.range) return undefined;
  const eol = detectEol(yaml.text);
  if (node.flow) {
    // { a: 1 } -> { a: 1, key: value }
    const close = yaml.text.lastIndexOf('}', node.range[1]);
    if (close < 0 || lines.length !== 1) return undefined;
    let at = close;
    while (at > 0 && /\s/.test(yaml.text[at - 1])) at--;
    const empty = node.items.length === 0;
    return { start: at, end: at, newText: `${empty ? ' ' : ', '}${lines[0].trim()}` };
  }
  const first = node.items[0]?.key as Node | undefined;
  // The key's column, not the line's indentation: in `- type: BODY` the map starts after `- `.
  const indent = first?.range ? ' '.repeat(yaml.lines.positionAt(first.range[0]).character) : '';
  const end = blockEnd(yaml, node);
  return { start: end, end, newText: lines.map((l) => eol + indent + l).join('') };
}

/** Add an item at the end of the sequence at `seqPath`; `item` lines are relative to the `- `. */
export function appendToSeq(yaml: YamlFile, seqPath: Path, item: string[]): TextEdit | undefined {
  const node = yaml.node(seqPath);
  if (!node || !isSeq(node) || !node.range) return undefined;
  const eol = detectEol(yaml.text);
  if (node.flow) {
    const close = yaml.text.lastIndexOf(']', node.range[1]);
    if (close < 0 || item.length !== 1) return undefined;
    let at = close;
    while (at > 0 && /\s/.test(yaml.text[at - 1])) at--;
    return { start: at, end: at, newText: `${node.items.length ? ', ' : ''}${item[0].trim()}` };
  }
  const firstItem = node.items[0] as Node | undefined;
  const dash = firstItem?.range ? yaml.text.lastIndexOf('-', firstItem.range[0]) : -1;
  const indent = dash >= 0 ? indentAt(yaml, dash) : '';
  const end = blockEnd(yaml, node);
  const [head, ...rest] = item;
  return { start: end, end, newText: eol + indent + '- ' + head + rest.map((l) => eol + indent + '  ' + l).join('') };
}

/** Insert a `# walint-disable-next-line <rule>` comment above the line of `offset`. */
export function disableNextLine(yaml: YamlFile, offset: number, ruleId: string): TextEdit {
  const line = yaml.lines.positionAt(offset).line;
  const start = yaml.lines.lineStart(line);
  const indent = indentAt(yaml, offset);
  const prev = line > 0 ? yaml.lines.lineText(line - 1) : '';
  const m = /^(\s*#\s*walint-disable-next-line\s+)(.*)$/.exec(prev);
  if (m) {
    // extend the existing comment instead of stacking a second one
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    if (ids.includes(ruleId)) return { start, end: start, newText: '' };
    const prevEnd = yaml.lines.lineEnd(line - 1);
    return { start: prevEnd, end: prevEnd, newText: `, ${ruleId}` };
  }
  return { start, end: start, newText: `${indent}# walint-disable-next-line ${ruleId}${detectEol(yaml.text)}` };
}
