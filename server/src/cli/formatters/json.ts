import { span, type Formatter } from './types';

/**
 * The contract of DESIGN.md: one JSON array of
 * `{ file, rule, severity, line, column, endLine, endColumn, message }`, 1-based.
 */
export const formatJson: Formatter = (ctx) => {
  const out = [];
  for (const file of ctx.files) {
    for (const f of file.findings) {
      const s = span(f);
      out.push({ file: file.path, rule: f.rule, severity: f.severity, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, message: f.message });
    }
  }
  return JSON.stringify(out, null, 2) + '\n';
};
