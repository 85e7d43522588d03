import type { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { SourceFile } from '../core/document';
import { STEP_ID_RE } from '../core/model/flow';
import type { OffsetRange } from '../core/text';
import type { WorkspaceIndex } from '../core/workspace';
import { symbolAt, type SymbolRef } from './locate';

export const TEMPLATE_NAME_RE = /^[a-z0-9_]+$/;

export function toRange(file: SourceFile, r: OffsetRange): Range {
  return { start: file.yaml.lines.positionAt(r.start), end: file.yaml.lines.positionAt(r.end) };
}

interface Occurrence {
  uri: string;
  range: OffsetRange;
  definition: boolean;
}

/** Every place a symbol appears: definitions first. */
export function occurrences(sym: SymbolRef, file: SourceFile, index: WorkspaceIndex): Occurrence[] {
  const out: Occurrence[] = [];
  if (sym.kind === 'step') {
    const flow = file.flow;
    if (!flow) return out;
    if (flow.steps.has(sym.id)) {
      const key = file.yaml.pair(['steps', sym.id])?.key as { range?: [number, number, number]; type?: string } | undefined;
      if (key?.range) {
        const quoted = key.type === 'QUOTE_DOUBLE' || key.type === 'QUOTE_SINGLE' ? 1 : 0;
        out.push({ uri: file.uri, range: { start: key.range[0] + quoted, end: key.range[1] - quoted }, definition: true });
      }
    }
    for (const ref of flow.refs) {
      if (ref.id !== sym.id) continue;
      const r = file.yaml.innerRange(ref.path);
      if (r) out.push({ uri: file.uri, range: r, definition: false });
    }
    return out;
  }
  for (const e of index.templates(sym.name)) {
    const f = index.get(e.uri);
    const r = f?.yaml.innerRange([...e.template.path, 'name']);
    if (r) out.push({ uri: e.uri, range: r, definition: true });
  }
  for (const { uri, flow } of index.flows()) {
    const f = index.get(uri);
    if (!f) continue;
    for (const id of flow.stepOrder) {
      if (flow.steps.get(id)?.template !== sym.name) continue;
      const r = f.yaml.innerRange(['steps', id, 'template']);
      if (r) out.push({ uri, range: r, definition: false });
    }
  }
  return out;
}

function toLocation(index: WorkspaceIndex, o: Occurrence): Location | undefined {
  const f = index.get(o.uri);
  return f ? { uri: o.uri, range: toRange(f, o.range) } : undefined;
}

export function definition(file: SourceFile, offset: number, index: WorkspaceIndex): Location[] {
  const sym = symbolAt(file, offset);
  if (!sym) return [];
  let defs = occurrences(sym, file, index).filter((o) => o.definition);
  if (sym.kind === 'template' && sym.language && defs.length > 1) {
    // the variant the step would send first, then the other languages
    const best = index.findTemplate(sym.name, sym.language);
    if (best) defs = [...defs.filter((d) => d.uri === best.uri), ...defs.filter((d) => d.uri !== best.uri)];
  }
  return defs.map((o) => toLocation(index, o)).filter((l): l is Location => !!l);
}

export function references(file: SourceFile, offset: number, index: WorkspaceIndex, includeDeclaration: boolean): Location[] {
  const sym = symbolAt(file, offset);
  if (!sym) return [];
  return occurrences(sym, file, index)
    .filter((o) => includeDeclaration || !o.definition)
    .map((o) => toLocation(index, o))
    .filter((l): l is Location => !!l);
}

export function prepareRename(file: SourceFile, offset: number): { range: Range; placeholder: string } | undefined {
  const sym = symbolAt(file, offset);
  if (!sym) return undefined;
  return { range: toRange(file, sym.range), placeholder: sym.kind === 'step' ? sym.id : sym.name };
}

export type RenameResult = { edit: WorkspaceEdit } | { error: string } | undefined;

export function rename(file: SourceFile, offset: number, newName: string, index: WorkspaceIndex, locale: 'en' | 'fr'): RenameResult {
  const sym = symbolAt(file, offset);
  if (!sym) return undefined;
  if (sym.kind === 'step') {
    if (!STEP_ID_RE.test(newName)) return { error: locale === 'fr' ? `« ${newName} » n'est pas un identifiant d'étape valide (lettres, chiffres, _ . -).` : `"${newName}" is not a valid step id (letters, digits, _ . -).` };
    if (newName !== sym.id && file.flow?.steps.has(newName)) return { error: locale === 'fr' ? `L'étape « ${newName} » existe déjà dans ce flow.` : `Step "${newName}" already exists in this flow.` };
  } else if (!TEMPLATE_NAME_RE.test(newName)) {
    return { error: locale === 'fr' ? `« ${newName} » n'est pas un nom de template valide : minuscules, chiffres et _ seulement.` : `"${newName}" is not a valid template name: lowercase letters, digits and _ only.` };
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrences(sym, file, index)) {
    const f = index.get(o.uri);
    if (!f) continue;
    (changes[o.uri] ??= []).push({ range: toRange(f, o.range), newText: newName });
  }
  return { edit: { changes } };
}
