import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../core/findings';
import { docsUrl } from '../core/rules/types';
import type { WorkspaceIndex } from '../core/workspace';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export interface DiagnosticOptions {
  /** Hides sensitive data (card numbers) in messages. */
  mask: (text: string) => string;
  relatedInformation: boolean;
  index?: WorkspaceIndex;
}

/** One finding as an LSP diagnostic: code = rule id, docs link, exact range, source 'walint'. */
export function toDiagnostic(f: Finding, opts: DiagnosticOptions): Diagnostic {
  const d: Diagnostic = {
    range: { start: f.start, end: f.end },
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.rule,
    codeDescription: { href: docsUrl(f.rule) },
    source: 'walint',
    message: opts.mask(f.message),
  };
  const tags: DiagnosticTag[] = [];
  if (f.tags?.includes('unnecessary')) tags.push(DiagnosticTag.Unnecessary);
  if (f.tags?.includes('deprecated')) tags.push(DiagnosticTag.Deprecated);
  if (tags.length) d.tags = tags;
  if (opts.relatedInformation && f.related?.length && opts.index) {
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of f.related) {
      const other = opts.index.get(r.file);
      if (!other) continue;
      const range = r.range ?? { start: 0, end: 0 };
      related.push({
        location: { uri: r.file, range: { start: other.yaml.lines.positionAt(range.start), end: other.yaml.lines.positionAt(range.end) } },
        message: opts.mask(r.message),
      });
    }
    if (related.length) d.relatedInformation = related;
  }
  return d;
}

export function countBySeverity(findings: Iterable<Finding>): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
