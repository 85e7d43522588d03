import type { Finding } from '../../core/findings';
import type { Locale } from '../../core/i18n';
import type { Rule } from '../../core/rules/types';

/** One checked file as formatters see it. Messages are already masked. */
export interface ReportFile {
  /** Path relative to the working folder, POSIX separators. */
  path: string;
  absPath: string;
  findings: Finding[];
}

export interface FormatContext {
  files: ReportFile[];
  cwd: string;
  color: boolean;
  locale: Locale;
  version: string;
  /** Every rule walint knows (SARIF lists them). */
  rules: readonly Rule[];
  /** Set when --max-warnings was exceeded (stylish mentions it). */
  maxWarnings?: { max: number; count: number };
}

export type Formatter = (ctx: FormatContext) => string;

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(files: readonly ReportFile[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    for (const x of f.findings) {
      if (x.severity === 'error') c.errors++;
      else if (x.severity === 'warning') c.warnings++;
      else c.infos++;
    }
  }
  return c;
}

/** 1-based positions, the way every format prints them (end column exclusive). */
export function span(f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: f.start.line + 1, column: f.start.character + 1, endLine: f.end.line + 1, endColumn: f.end.character + 1 };
}
