/**
 * walint's engine: pure TypeScript, no LSP and no VS Code import (a test
 * enforces it). The CLI and the language server both call this.
 */
export { analyzeFile, kindFromName, kindFromData, type SourceFile, type FileKind } from './document';
export { lintFile, sortFindings, type LintEnv } from './linter';
export { WorkspaceIndex, templateSignature } from './workspace';
export { parseConfig, severityFor, EMPTY_CONFIG, CONFIG_FILE_NAMES, type ResolvedConfig, type ConfigProblem } from './config';
export { allRules, ruleById } from './rules/registry';
export { docsUrl, type Rule, type RuleMeta } from './rules/types';
export type { Finding, Fix, Severity, TextEdit } from './findings';
export { resolveLocale, format, type Locale } from './i18n';
export { applyEdits } from './fix/apply';
