import { FoldingRangeKind, SymbolKind, type CodeLens, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver/node';
import type { Node } from 'yaml';
import type { SourceFile } from '../core/document';
import type { Locale } from '../core/i18n';
import type { Step } from '../core/model/flow';
import type { Path } from '../core/parse/yamlFile';
import { Commands } from './protocol';
import { toRange } from './navigation';

function stepKind(step: Step): SymbolKind {
  if (step.handoff) return SymbolKind.Constructor;
  if (step.template) return SymbolKind.Interface;
  if (step.ask !== undefined || step.buttons || step.list) return SymbolKind.Event;
  if (step.wait !== undefined) return SymbolKind.Constant;
  if (step.branch) return SymbolKind.Operator;
  if (step.end || step.opt_out) return SymbolKind.Null;
  return SymbolKind.Function;
}

function stepDetail(step: Step): string {
  const kinds = ['say', 'ask', 'template', 'buttons', 'list', 'media', 'wait', 'handoff', 'opt_out', 'branch', 'call', 'ai', 'end'] as const;
  return kinds.filter((k) => step[k] !== undefined).join(', ');
}

/** Range of a pair (key to end of value) and of its key. */
function pairRanges(file: SourceFile, path: Path): { range: Range; selection: Range } | undefined {
  const pair = file.yaml.pair(path);
  const key = pair?.key as Node | undefined;
  if (!pair || !key?.range) return undefined;
  const value = pair.value as Node | null;
  const end = trimEnd(file, value?.range ? value.range[1] : key.range[1]);
  return { range: toRange(file, { start: key.range[0], end }), selection: toRange(file, { start: key.range[0], end: key.range[1] }) };
}

function nodeRange(file: SourceFile, path: Path): Range | undefined {
  const n = file.yaml.node(path);
  if (!n?.range) return undefined;
  return toRange(file, { start: n.range[0], end: trimEnd(file, n.range[1]) });
}

function trimEnd(file: SourceFile, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(file.text[e - 1])) e--;
  return e;
}

export function documentSymbols(file: SourceFile): DocumentSymbol[] {
  if (file.flow) {
    const flow = file.flow;
    const steps: DocumentSymbol[] = [];
    for (const id of flow.stepOrder) {
      const r = pairRanges(file, ['steps', id]);
      if (!r) continue;
      const step = flow.steps.get(id)!;
      steps.push({ name: id, detail: stepDetail(step), kind: stepKind(step), range: r.range, selectionRange: r.selection });
    }
    const head = pairRanges(file, ['flow']);
    const whole = nodeRange(file, []) ?? head?.range;
    if (!whole) return steps;
    return [{ name: flow.id || '(flow)', detail: flow.trigger, kind: SymbolKind.Module, range: whole, selectionRange: head?.selection ?? whole, children: steps }];
  }
  if (file.templates) {
    const out: DocumentSymbol[] = [];
    for (const t of file.templates.templates) {
      const range = nodeRange(file, t.path);
      if (!range) continue;
      const nameR = file.yaml.innerRange([...t.path, 'name']);
      const selection = nameR ? toRange(file, nameR) : range;
      const children: DocumentSymbol[] = [];
      for (const c of t.components) {
        const cr = nodeRange(file, c.path);
        if (cr) children.push({ name: c.type, detail: c.format ?? (c.text ? c.text.slice(0, 40) : ''), kind: SymbolKind.Field, range: cr, selectionRange: cr });
      }
      out.push({ name: t.name || '(template)', detail: [t.language, t.category].filter(Boolean).join(' · '), kind: SymbolKind.Class, range, selectionRange: selection, children });
    }
    return out;
  }
  return [];
}

export function foldingRanges(file: SourceFile): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (r: Range | undefined) => {
    if (r && r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line, kind: FoldingRangeKind.Region });
  };
  if (file.flow) {
    for (const key of ['steps', 'escalation', 'global']) add(pairRanges(file, [key])?.range);
    for (const id of file.flow.stepOrder) {
      add(pairRanges(file, ['steps', id])?.range);
      for (const k of ['buttons', 'list', 'branch']) add(pairRanges(file, ['steps', id, k])?.range);
    }
  } else if (file.templates) {
    for (const t of file.templates.templates) {
      add(nodeRange(file, t.path));
      add(pairRanges(file, [...t.path, 'components'])?.range);
      for (const c of t.components) add(nodeRange(file, c.path));
    }
  }
  return out;
}

const LENS = { en: 'Preview timeline', fr: 'Aperçu de la chronologie' };

export function codeLenses(file: SourceFile, locale: Locale): CodeLens[] {
  if (!file.flow) return [];
  const r = pairRanges(file, ['flow']);
  if (!r) return [];
  return [{ range: r.selection, command: { title: LENS[locale], command: Commands.previewTimeline, arguments: [file.uri] } }];
}
