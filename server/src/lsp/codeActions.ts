import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { SourceFile } from '../core/document';
import type { Finding, Fix, TextEdit } from '../core/findings';
import { disableNextLine } from '../core/fix/edits';
import type { Locale } from '../core/i18n';
import { docsUrl } from '../core/rules/types';
import { Commands, FIX_ALL_KIND } from './protocol';
import { toRange } from './navigation';

const T = {
  disable: { en: 'Disable {rule} for this line', fr: 'Désactiver {rule} pour cette ligne' },
  docs: { en: 'Show documentation for {rule}', fr: 'Afficher la documentation de {rule}' },
  fixAll: { en: 'Fix all auto-fixable walint problems', fr: 'Corriger tous les problèmes walint corrigibles automatiquement' },
};

function t(msg: { en: string; fr: string }, locale: Locale, rule: string): string {
  return msg[locale].replace('{rule}', rule);
}

function safeFixes(f: Finding): Fix[] {
  try {
    return f.fixes?.() ?? [];
  } catch {
    return [];
  }
}

function toLspEdits(file: SourceFile, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(file, e), newText: e.newText }));
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameDiagnostic(d: Diagnostic, f: Finding): boolean {
  return d.code === f.rule && d.range.start.line === f.start.line && d.range.start.character === f.start.character && d.range.end.line === f.end.line && d.range.end.character === f.end.character;
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only?.length) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/**
 * The safe fixes of a file, without conflicts: a fix whose edits overlap an
 * already chosen edit is skipped whole (the next run picks it up).
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const overlapsChosen = (e: TextEdit) => chosen.some((c) => e.start < Math.max(c.end, c.start + 1) && c.start < Math.max(e.end, e.start + 1));
  for (const f of findings) {
    for (const fix of safeFixes(f)) {
      if (fix.kind !== 'safe') continue;
      if (fix.edits.some(overlapsChosen)) continue;
      chosen.push(...fix.edits);
    }
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Quick fixes for the findings under `range`, plus disable and docs actions, plus fix-all. */
export function codeActions(file: SourceFile, findings: readonly Finding[], range: Range, context: CodeActionContext, locale: Locale): CodeAction[] {
  const uri = file.uri;
  const only = context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const hits = findings.filter((f) => context.diagnostics.some((d) => sameDiagnostic(d, f)) || overlaps({ start: f.start, end: f.end }, range));
    const disabled = new Set<string>();
    for (const f of hits) {
      const diagnostic = context.diagnostics.find((d) => sameDiagnostic(d, f));
      const fixes = safeFixes(f);
      const safe = fixes.filter((x) => x.kind === 'safe');
      for (const fix of fixes) {
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: diagnostic ? [diagnostic] : undefined,
          // a single safe fix is the one the editor applies with the quick-fix shortcut
          isPreferred: fix.kind === 'safe' && safe.length === 1 ? true : undefined,
          edit: { changes: { [uri]: toLspEdits(file, fix.edits) } },
        });
      }
      const key = `${f.rule}@${f.start.line}`;
      if (!disabled.has(key) && f.rule !== 'walint/unused-disable') {
        disabled.add(key);
        const edit = disableNextLine(file.yaml, f.range.start, f.rule);
        if (edit.newText || edit.start !== edit.end) {
          out.push({ title: t(T.disable, locale, f.rule), kind: CodeActionKind.QuickFix, diagnostics: diagnostic ? [diagnostic] : undefined, edit: { changes: { [uri]: toLspEdits(file, [edit]) } } });
        }
      }
    }
    const docsFor = [...new Set(hits.map((f) => f.rule))];
    for (const rule of docsFor) {
      out.push({ title: t(T.docs, locale, rule), kind: CodeActionKind.QuickFix, command: { title: t(T.docs, locale, rule), command: Commands.openDocs, arguments: [docsUrl(rule)] } });
    }
  }
  const fixAllRequested = only?.some((o) => o === CodeActionKind.Source || o === CodeActionKind.SourceFixAll || o === FIX_ALL_KIND);
  if (fixAllRequested) {
    const edits = fixAllEdits(findings);
    if (edits.length) out.push({ title: T.fixAll[locale], kind: FIX_ALL_KIND, edit: { changes: { [uri]: toLspEdits(file, edits) } } });
  }
  return out;
}
