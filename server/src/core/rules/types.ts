import type { SourceFile } from '../document';
import type { Facts } from '../facts';
import type { Fix, Severity, Tag, TextEdit } from '../findings';
import type { Locale, Msg, MsgData } from '../i18n';
import type { FlowModel } from '../model/flowModel';
import type { TemplateModel } from '../model/template';
import type { ResolvedConfig } from '../config';
import type { Path, Target } from '../parse/yamlFile';
import type { OffsetRange } from '../text';
import type { WorkspaceIndex } from '../workspace';

export type FixKind = 'none' | 'safe' | 'suggestion';
export type AppliesTo = 'flow' | 'templates' | 'any';

/** Everything a rule says about itself: the catalogue, hovers and docs are built from it. */
export interface RuleMeta {
  /** `group/name`, stable forever (users write it in configs and comments). */
  id: string;
  severity: Severity;
  appliesTo: readonly AppliesTo[];
  /** One line: what the rule checks. */
  title: Msg;
  /** The policy in plain words (hover), with what it costs where it applies. */
  explanation: Msg;
  /** Where the fact comes from (Meta page, policy section). */
  source: string;
  /** Message ids -> texts with `{placeholders}`. */
  messages: Record<string, Msg>;
  fix: FixKind;
  /** Fix titles by id (optional; messages may be used too). */
  fixTitles?: Record<string, Msg>;
}

/** A fix as a rule describes it: edits in the current file. */
export interface FixSpec {
  /** A message id of `fixTitles` (or `messages`) or a ready text. */
  title: string | Msg;
  titleData?: MsgData;
  edits: TextEdit[];
}

export interface Report {
  /** A message id of the rule's `messages`... */
  messageId?: string;
  /** ...or a ready message (engine-level rules relaying parser problems). */
  message?: Msg | string;
  data?: MsgData;
  /** Where: a path into the YAML (preferred) or an explicit offset range. */
  path?: Path;
  target?: Target;
  range?: OffsetRange;
  /** Safe fix (computed on demand). */
  fix?: () => FixSpec | undefined;
  /** Suggestions (computed on demand, never applied automatically). */
  suggest?: () => FixSpec[];
  tags?: Tag[];
  related?: { file: string; range?: OffsetRange; message: string }[];
}

export interface RuleContext {
  readonly file: SourceFile;
  readonly flow?: FlowModel;
  readonly templates: readonly TemplateModel[];
  readonly workspace: WorkspaceIndex;
  readonly config: ResolvedConfig;
  readonly facts: Facts;
  readonly locale: Locale;
  /** Options for this rule from the config (`rules: { id: { severity, ...options } }`). */
  readonly options: Record<string, unknown>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/walint-dev/walint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Typed helper so each rule file reads the same. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Fix };
