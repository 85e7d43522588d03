import type { SourceFile } from './document';
import { severityFor, type ResolvedConfig } from './config';
import type { Finding, Fix, Severity } from './findings';
import { format, type Locale, type Msg, type MsgData } from './i18n';
import { applyDirectives, parseDirectives } from './suppress';
import { allRules, ruleById } from './rules/registry';
import type { FixSpec, Report, Rule, RuleContext } from './rules/types';
import type { OffsetRange } from './text';
import type { WorkspaceIndex } from './workspace';
import { closest } from './util/strings';
import { forgetMemos } from './util/memo';

export interface LintEnv {
  workspace: WorkspaceIndex;
  config: ResolvedConfig;
  locale: Locale;
  /** Defaults to every registered rule. */
  rules?: readonly Rule[];
}

/** Check one file. Pure: the same file, workspace and config give the same findings. Never throws. */
export function lintFile(file: SourceFile, env: LintEnv): Finding[] {
  try {
    return lintFileInner(file, env);
  } finally {
    // shared analyses of this run (reachability, window timing, category verdicts) are dropped
    forgetMemos([file.flow, ...(file.templates?.templates ?? [])]);
  }
}

function lintFileInner(file: SourceFile, env: LintEnv): Finding[] {
  const findings: Finding[] = [];
  const rules = env.rules ?? allRules;
  const templates = file.templates?.templates ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!applies(rule, file)) continue;
    const severity = severityFor(env.config, rule.meta.id, rule.meta.severity);
    if (severity === 'off') continue;
    const ctx = new Context(rule, file, templates, env, severity, findings);
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must never take the editor down: report it and go on.
      findings.push(at(file, { start: 0, end: 0 }, {
        rule: rule.meta.id,
        severity: 'error',
        message: `walint internal error in rule ${rule.meta.id}: ${(e as Error).message}. Please report it.`,
      }));
    }
  }
  const directives = parseDirectives(file.text, file.yaml.lines);
  if (!directives.length) return sortFindings(findings);
  const { kept, unused } = applyDirectives(findings, directives, file.yaml.lines, (id) => !!ruleById(id));
  const unusedRule = ruleById('walint/unused-disable');
  const unusedSeverity = unusedRule ? severityFor(env.config, unusedRule.meta.id, unusedRule.meta.severity) : 'off';
  if (unusedRule && unusedSeverity !== 'off') {
    const msgs = unusedRule.meta.messages;
    for (const u of unused) {
      const known = !u.rule || u.rule.endsWith('*') || !!ruleById(u.rule);
      const near = u.rule && !known ? closest(u.rule, allRules.map((r) => r.meta.id)) : undefined;
      const message = !u.rule
        ? format(msgs.unused, env.locale)
        : known
          ? format(msgs.unusedRule, env.locale, { rule: u.rule })
          : format(msgs.unknownRule, env.locale, { rule: u.rule, hint: near ? ` Did you mean "${near}"?` : '' });
      const removeWhole = !u.rule || u.directive.rules.length === 1;
      kept.push(at(file, u.range, {
        rule: unusedRule.meta.id,
        severity: unusedSeverity,
        message,
        tags: ['unnecessary'],
        fixes: () => [{ title: format(unusedRule.meta.fixTitles!.remove, env.locale), kind: 'safe', edits: [removeWhole ? removeComment(file, u.directive.range) : removeRuleFromComment(file, u.range)] }],
      }));
    }
  }
  return sortFindings(kept);
}

function applies(rule: Rule, file: SourceFile): boolean {
  if (file.notAnalysed) return rule.meta.id === 'walint/not-analysed';
  for (const a of rule.meta.appliesTo) {
    if (a === 'any') return true;
    if (a === 'flow' && file.flow) return true;
    if (a === 'templates' && file.templates) return true;
  }
  return false;
}

function at(file: SourceFile, range: OffsetRange, f: Omit<Finding, 'file' | 'range' | 'start' | 'end'>): Finding {
  return { ...f, file: file.uri, range, start: file.yaml.lines.positionAt(range.start), end: file.yaml.lines.positionAt(range.end) };
}

/** What a rule sees of the file being linted; its findings go to `findings` with the configured severity. */
class Context implements RuleContext {
  readonly flow: SourceFile['flow'];
  readonly workspace: WorkspaceIndex;
  readonly config: LintEnv['config'];
  readonly facts: RuleContext['facts'];
  readonly locale: Locale;
  readonly options: Record<string, unknown>;

  constructor(
    private readonly rule: Rule,
    readonly file: SourceFile,
    readonly templates: RuleContext['templates'],
    env: LintEnv,
    private readonly severity: Severity,
    private readonly findings: Finding[],
  ) {
    this.flow = file.flow;
    this.workspace = env.workspace;
    this.config = env.config;
    this.facts = env.config.facts;
    this.locale = env.locale;
    const ruleOptions = env.config.data.rules?.[rule.meta.id];
    this.options = typeof ruleOptions === 'object' && ruleOptions ? (ruleOptions as Record<string, unknown>) : {};
  }

  report(r: Report): void {
    const { file, rule, locale } = this;
    const range = r.range ?? file.yaml.rangeOf(r.path ?? [], r.target ?? 'auto');
    const msg: Msg | string | undefined = r.message ?? (r.messageId ? rule.meta.messages[r.messageId] : undefined);
    const message = msg === undefined ? `${rule.meta.id}: ${r.messageId ?? ''}` : format(msg, locale, r.data as MsgData);
    const fixes = r.fix || r.suggest ? () => this.fixesOf(r) : undefined;
    const lines = file.yaml.lines;
    // the keys in the order findings always had (the JSON output lists them so)
    this.findings.push({
      rule: rule.meta.id,
      severity: this.severity,
      message,
      tags: r.tags,
      fixes,
      related: r.related,
      file: file.uri,
      range,
      start: lines.positionAt(range.start),
      end: lines.positionAt(range.end),
    });
  }

  private fixesOf(r: Report): Fix[] {
    const out: Fix[] = [];
    try {
      const f = r.fix?.();
      if (f && f.edits.length) out.push({ title: this.titleOf(f), edits: f.edits, kind: 'safe' });
      for (const s of r.suggest?.() ?? []) if (s.edits.length) out.push({ title: this.titleOf(s), edits: s.edits, kind: 'suggestion' });
    } catch {
      // a fix that cannot be computed is simply not offered
    }
    return out;
  }

  private titleOf(spec: FixSpec): string {
    if (typeof spec.title !== 'string') return format(spec.title, this.locale, spec.titleData);
    const m = this.rule.meta.fixTitles?.[spec.title] ?? this.rule.meta.messages[spec.title];
    return m ? format(m, this.locale, spec.titleData) : spec.title;
  }
}

function removeComment(file: SourceFile, range: OffsetRange): { start: number; end: number; newText: string } {
  const lines = file.yaml.lines;
  const line = lines.positionAt(range.start).line;
  const lineStart = lines.lineStart(line);
  const before = file.text.slice(lineStart, range.start);
  if (before.trim() === '') {
    // the comment is the whole line: remove the line with its break
    const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : lines.lineEnd(line);
    return { start: lineStart, end: next, newText: '' };
  }
  // trailing comment: remove it and the spaces before it
  let start = range.start;
  while (start > lineStart && /[ \t]/.test(file.text[start - 1])) start--;
  return { start, end: range.end, newText: '' };
}

function removeRuleFromComment(file: SourceFile, range: OffsetRange): { start: number; end: number; newText: string } {
  let { start, end } = range;
  const t = file.text;
  // swallow one separating comma and spaces
  while (end < t.length && /[ \t]/.test(t[end])) end++;
  if (t[end] === ',') {
    end++;
    while (end < t.length && /[ \t]/.test(t[end])) end++;
  } else {
    while (start > 0 && /[ \t]/.test(t[start - 1])) start--;
    if (t[start - 1] === ',') start--;
  }
  return { start, end, newText: '' };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule));
}
