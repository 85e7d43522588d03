import type { OffsetRange, Position } from './text';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A text replacement in the finding's file (offsets into the text the finding was made on). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** safe: fix-all and fix-on-save may apply it; suggestion: only on request. */
  kind: 'safe' | 'suggestion';
}

export type Tag = 'unnecessary' | 'deprecated';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** The file as the caller named it (a path for the CLI, a URI for the server). */
  file: string;
  range: OffsetRange;
  start: Position;
  end: Position;
  tags?: Tag[];
  /** Computed on demand (code actions), never on every keystroke. */
  fixes?: () => Fix[];
  /** Other places that explain the finding. */
  related?: { file: string; range?: OffsetRange; message: string }[];
}
