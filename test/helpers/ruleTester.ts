import * as assert from 'node:assert/strict';
import { analyzeFile, applyEdits, lintFile, WorkspaceIndex, type Finding, type Rule } from '../../server/src/core';
import { parseConfig, EMPTY_CONFIG } from '../../server/src/core/config';

/**
 * Table tests for one rule, in the style of typescript-eslint's RuleTester:
 * `valid` cases must give no finding of the rule; `invalid` cases list the
 * expected findings (1-based line/column) and, optionally, the text after
 * applying the safe fixes (`output`) or a suggestion (`suggestion`).
 */
export interface Case {
  name?: string;
  /** File name (decides the kind): defaults to `test.flow.yaml` or `test.template.yaml` by rule. */
  filename?: string;
  code: string;
  /** Other files of the workspace (e.g. templates a flow uses). */
  files?: Record<string, string>;
  /** walint.config.yaml content. */
  config?: string;
  locale?: 'en' | 'fr';
}

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Substring or pattern the message must contain. */
  message?: string | RegExp;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
  /** Text after applying every safe fix of the rule (undefined: not checked; null: no safe fix offered). */
  output?: string | null;
  /** Text after applying the first suggestion of the first finding. */
  suggestion?: string;
}

export function lintCase(rule: Rule, c: Case): { findings: Finding[]; all: Finding[]; text: string } {
  const filename = c.filename ?? (rule.meta.appliesTo.includes('templates') && !rule.meta.appliesTo.includes('flow') ? 'test.template.yaml' : 'test.flow.yaml');
  const ws = new WorkspaceIndex();
  for (const [name, text] of Object.entries(c.files ?? {})) ws.set(analyzeFile(name, text));
  const file = analyzeFile(filename, c.code);
  ws.set(file);
  let config = EMPTY_CONFIG;
  if (c.config) {
    const parsed = parseConfig(c.config, 'walint.config.yaml');
    assert.deepEqual(parsed.problems, [], 'test config must be valid');
    config = parsed.config;
  }
  const all = lintFile(file, { workspace: ws, config, locale: c.locale ?? 'en' });
  return { findings: all.filter((f) => f.rule === rule.meta.id), all, text: c.code };
}

function describeFindings(fs: Finding[]): string {
  return fs.map((f) => `  ${f.start.line + 1}:${f.start.character + 1}-${f.end.line + 1}:${f.end.character + 1} ${f.rule} ${f.message}`).join('\n') || '  (none)';
}

export function ruleTests(rule: Rule, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has complete metadata', () => {
      assert.match(rule.meta.id, /^[a-z]+\/[a-z0-9-]+$/);
      assert.ok(rule.meta.title.en && rule.meta.title.fr, 'title in en and fr');
      assert.ok(rule.meta.explanation.en && rule.meta.explanation.fr, 'explanation in en and fr');
      assert.ok(rule.meta.source, 'source');
      for (const [id, m] of Object.entries(rule.meta.messages)) assert.ok(m.en && m.fr, `message ${id} in en and fr`);
    });
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid #${i + 1}${c.name ? ': ' + c.name : ''}`, () => {
        const { findings } = lintCase(rule, c);
        assert.equal(findings.length, 0, `expected no ${rule.meta.id} finding, got:\n${describeFindings(findings)}`);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? ': ' + c.name : ''}`, () => {
        const { findings } = lintCase(rule, c);
        const got = findings.map((f) => ({ line: f.start.line + 1, column: f.start.character + 1, endLine: f.end.line + 1, endColumn: f.end.character + 1, message: f.message }));
        assert.equal(got.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${describeFindings(findings)}`);
        c.errors.forEach((e, j) => {
          const g = got[j];
          assert.equal(g.line, e.line, `finding ${j + 1} line (${g.message})`);
          assert.equal(g.column, e.column, `finding ${j + 1} column (${g.message})`);
          if (e.endLine !== undefined) assert.equal(g.endLine, e.endLine, `finding ${j + 1} end line`);
          if (e.endColumn !== undefined) assert.equal(g.endColumn, e.endColumn, `finding ${j + 1} end column`);
          if (e.message instanceof RegExp) assert.match(g.message, e.message);
          else if (e.message) assert.ok(g.message.includes(e.message), `message "${g.message}" should contain "${e.message}"`);
        });
        if (c.output !== undefined) {
          const safe = findings.flatMap((f) => f.fixes?.() ?? []).filter((f) => f.kind === 'safe');
          if (c.output === null) assert.equal(safe.length, 0, 'no safe fix expected');
          else {
            const once = applyEdits(c.code, safe.flatMap((f) => f.edits));
            assert.equal(once, c.output);
            // Idempotent: fixing the fixed text changes nothing more.
            const again = lintCase(rule, { ...c, code: once }).findings.flatMap((f) => f.fixes?.() ?? []).filter((f) => f.kind === 'safe');
            assert.equal(applyEdits(once, again.flatMap((f) => f.edits)), once, 'applying the fix twice must change nothing more');
          }
        }
        if (c.suggestion !== undefined) {
          const sugg = findings[0]?.fixes?.().filter((f) => f.kind === 'suggestion') ?? [];
          assert.ok(sugg.length > 0, 'a suggestion is expected');
          assert.equal(applyEdits(c.code, sugg[0].edits), c.suggestion);
        }
      });
    });
  });
}
