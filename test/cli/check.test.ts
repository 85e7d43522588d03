import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatGithub } from '../../server/src/cli/formatters/github';
import { allRules } from '../../server/src/core/rules/registry';
import { docsUrl } from '../../server/src/core/rules/types';
import type { Finding } from '../../server/src/core/findings';
import { BROKEN_FLOW, CLEAN_FLOW, WARNING_FLOW, makeTree, run } from './helpers';

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const d = makeTree(files);
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

function parseJsonContract(stdout: string): JsonFinding[] {
  const data = JSON.parse(stdout) as unknown;
  assert.ok(Array.isArray(data), 'a JSON array');
  for (const f of data as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(f), ['file', 'rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']);
    assert.equal(typeof f.file, 'string');
    assert.match(f.rule as string, /^[a-z]+\/[a-z0-9-]+$/);
    assert.ok(['error', 'warning', 'info'].includes(f.severity as string));
    for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(f[k]) && (f[k] as number) >= 1, `${k} is a 1-based integer`);
    assert.ok((f.endLine as number) > (f.line as number) || ((f.endLine as number) === (f.line as number) && (f.endColumn as number) >= (f.column as number)));
    assert.equal(typeof f.message, 'string');
    assert.ok((f.message as string).length > 0);
  }
  return data as JsonFinding[];
}

describe('walint check: exit codes and stylish output', () => {
  it('exits 0 and prints nothing on a clean project', async () => {
    const dir = tree({ 'bot.flow.yaml': CLEAN_FLOW });
    const r = await run(['check'], dir);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0);
  });

  it('exits 1 on errors; stylish groups by relative file with line:col, severity, message, rule and a summary', async () => {
    const dir = tree({ 'bots/broken.flow.yaml': BROKEN_FLOW });
    const r = await run(['check', '.'], dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.ok(lines.includes('bots/broken.flow.yaml'), r.stdout);
    assert.match(r.stdout, /\n {2}10:11 +error {4}Step "dnoe" does not exist in this flow\. Did you mean "done"\? +flow\/unknown-step\n/);
    assert.match(r.stdout, /\n {2}16:3 +warning {2}Step "orphan" can never be reached.* +flow\/unreachable-step\n/);
    assert.match(r.stdout, /✖ 2 problems \(1 error, 1 warning, 0 infos\)/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colours when stdout is not a terminal');
  });

  it('colours only on a terminal, never with NO_COLOR or --no-color; --color forces them', async () => {
    const dir = tree({ 'b.flow.yaml': BROKEN_FLOW });
    assert.match((await run(['check'], dir, { isTTY: true })).stdout, /\u001b\[31m/);
    assert.doesNotMatch((await run(['check'], dir, { isTTY: true, env: { NO_COLOR: '1' } })).stdout, /\u001b\[/);
    assert.doesNotMatch((await run(['check', '--no-color'], dir, { isTTY: true })).stdout, /\u001b\[/);
    assert.match((await run(['check', '--color'], dir, { isTTY: false })).stdout, /\u001b\[/);
  });

  it('--max-warnings: warnings pass by default, fail beyond the limit', async () => {
    const dir = tree({ 'w.flow.yaml': WARNING_FLOW });
    assert.equal((await run(['check'], dir)).code, 0);
    assert.equal((await run(['check', '--max-warnings', '1'], dir)).code, 0);
    const over = await run(['check', '--max-warnings', '0'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stdout, /too many warnings \(maximum: 0, found: 1\)/);
    const json = await run(['check', '--max-warnings=0', '--format', 'json'], dir);
    assert.equal(json.code, 1);
    parseJsonContract(json.stdout);
    assert.match(json.stderr, /too many warnings/);
    assert.equal((await run(['check', '--max-warnings', '-1'], dir)).code, 2);
  });

  it('--quiet reports errors only', async () => {
    const dir = tree({ 'b.flow.yaml': BROKEN_FLOW, 'w.flow.yaml': WARNING_FLOW });
    const r = await run(['check', '--quiet', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    assert.deepEqual(parseJsonContract(r.stdout).map((f) => f.severity), ['error']);
    assert.equal((await run(['check', '--quiet', '--max-warnings', '0', 'w.flow.yaml'], dir)).code, 0);
  });

  it('info findings never fail the run', async () => {
    const dir = tree({ 'walint.config.yaml': 'rules:\n  flow/*: info\n', 'b.flow.yaml': BROKEN_FLOW });
    const r = await run(['check', '--format', 'json', '--max-warnings', '0'], dir);
    assert.equal(r.code, 0);
    const findings = parseJsonContract(r.stdout);
    assert.ok(findings.length >= 2);
    assert.ok(findings.every((f) => f.severity === 'info'));
  });

  it('--locale fr prints French messages; the config\'s locale applies otherwise', async () => {
    const dir = tree({ 'b.flow.yaml': BROKEN_FLOW });
    assert.match((await run(['check', '--locale', 'fr'], dir)).stdout, /L'étape « dnoe » n'existe pas/);
    const fr = tree({ 'walint.config.yaml': 'locale: fr\n', 'b.flow.yaml': BROKEN_FLOW });
    assert.match((await run(['check'], fr)).stdout, /L'étape « dnoe » n'existe pas/);
    assert.match((await run(['check', '--locale', 'en'], fr)).stdout, /Step "dnoe" does not exist/);
  });

  it('--output-file writes the report and prints nothing on stdout', async () => {
    const dir = tree({ 'b.flow.yaml': BROKEN_FLOW });
    const r = await run(['check', '-f', 'json', '-o', 'reports/walint.json'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(parseJsonContract(readFileSync(join(dir, 'reports/walint.json'), 'utf8')).length, 2);
  });

  it('reports a broken YAML file as yaml/syntax at the broken line, not a crash', async () => {
    // line 5 is indented by 3 spaces instead of 4
    const dir = tree({ 'bad.flow.yaml': 'flow: bad\nsteps:\n  a:\n    say: hi\n   next: b\n  b:\n    end: true\n' });
    const r = await run(['check', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const syntax = parseJsonContract(r.stdout).filter((f) => f.rule === 'yaml/syntax');
    assert.ok(syntax.length >= 1, r.stdout);
    assert.equal(syntax[0].line, 5);
    assert.equal(r.stderr, '');
  });

  it('reports a binary file as not analysed', async () => {
    const dir = tree({ 'blob.flow.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 0xff, 0xfe, 0x00, 0x10]) });
    const r = await run(['check', '--format', 'json'], dir);
    const findings = parseJsonContract(r.stdout);
    assert.deepEqual(findings.map((f) => [f.rule, f.line, f.column]), [['walint/not-analysed', 1, 1]]);
    assert.match(findings[0].message, /binary/);
    assert.equal(r.code, 0, 'a warning does not fail the run');
  });

  it('masks card numbers in every output', async () => {
    const flow = CLEAN_FLOW.replace('next: done', 'next: "4111 1111 1111 1111"');
    const dir = tree({ 'card.flow.yaml': flow });
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      const r = await run(['check', '--format', format], dir);
      assert.equal(r.code, 1, format);
      assert.ok(!r.stdout.includes('4111 1111 1111 1111'), `${format} leaks the card number`);
      assert.ok(r.stdout.includes('4111 11** **** 1111'), `${format} shows the masked number`);
    }
  });
});

describe('walint check: usage and configuration errors (exit 2)', () => {
  it('an invalid config names file, line and key; no stack trace', async () => {
    const dir = tree({ 'walint.config.yaml': 'rules:\n  flow/dead-end: loud\nvertical: bakery\n', 'b.flow.yaml': CLEAN_FLOW });
    const r = await run(['check'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /walint\.config\.yaml:2:\d+: rules\.flow\/dead-end: "loud" is not a valid value/);
    assert.match(r.stderr, /walint\.config\.yaml:3:\d+: vertical: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('an unknown option is a usage error with a "did you mean"', async () => {
    const dir = tree({ 'b.flow.yaml': CLEAN_FLOW });
    const r = await run(['check', '--max-warning', '3'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option "--max-warning".*Did you mean "--max-warnings"\?/);
    const bad = await run(['check', '--format', 'sarf'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Did you mean "sarif"\?/);
    const cmd = await run(['chekc'], dir);
    assert.equal(cmd.code, 2);
    assert.match(cmd.stderr, /unknown command "chekc"\. Did you mean "check"\?/);
  });

  it('a path that does not exist, a glob that matches nothing, or nothing to check', async () => {
    const dir = tree({ 'notes.txt': 'x' });
    assert.equal((await run(['check', 'nope.flow.yaml'], dir)).code, 2);
    const glob = await run(['check', 'bots/**/*.flow.yaml'], dir);
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /No files matching the pattern/);
    const empty = await run(['check'], dir);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /no flow or template files found/);
  });

  it('--config must exist, and replaces the lookup', async () => {
    const dir = tree({ 'ci/strict.yaml': 'rules:\n  flow/unreachable-step: error\n', 'w.flow.yaml': WARNING_FLOW, 'walint.config.yaml': 'rules:\n  flow/*: off\n' });
    assert.equal((await run(['check'], dir)).code, 0);
    assert.equal((await run(['check', '--config', 'ci/strict.yaml'], dir)).code, 1);
    const missing = await run(['check', '--config', 'ci/missing.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Configuration file not found: ci\/missing\.yaml/);
  });

  it('help and version read like a real tool', async () => {
    const dir = tree({});
    const help = await run(['--help'], dir);
    assert.equal(help.code, 0);
    for (const part of ['Usage: walint <command>', 'check', 'export', 'timeline', 'Exit codes:', 'Examples:']) assert.ok(help.stdout.includes(part), part);
    const checkHelp = await run(['check', '--help'], dir);
    assert.equal(checkHelp.code, 0);
    for (const part of ['Usage: walint check', '--format <name>', '(default: stylish)', '--max-warnings <n>', '--output-file', 'Exit codes:', 'Examples:']) assert.ok(checkHelp.stdout.includes(part), part);
    const version = await run(['--version'], dir);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const none = await run([], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Usage:/);
  });

  it('dispatches the timeline command (usage error without arguments)', async () => {
    const r = await run(['timeline'], tree({}));
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.stderr, /unknown command/);
  });
});

describe('walint check: machine formats', () => {
  it('sarif is SARIF 2.1.0 for GitHub code scanning', async () => {
    const dir = tree({ 'sub dir/b.flow.yaml': BROKEN_FLOW });
    const r = await run(['check', '--format', 'sarif'], dir);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'walint');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.equal(driver.rules.length, allRules.length);
    for (const rule of driver.rules) {
      assert.equal(typeof rule.id, 'string');
      assert.equal(typeof rule.name, 'string');
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown, rule.id);
      assert.equal(rule.helpUri, docsUrl(rule.id));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
    const results = log.runs[0].results;
    assert.equal(results.length, 2);
    for (const res of results) {
      assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      assert.equal(typeof res.message.text, 'string');
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'sub%20dir/b.flow.yaml');
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(loc.region[k]) && loc.region[k] >= 1);
    }
    assert.deepEqual(results.map((x: { level: string }) => x.level), ['error', 'warning']);
    assert.equal(results[0].locations[0].physicalLocation.region.startLine, 10);
  });

  it('junit is well-formed XML: one testsuite per file, one testcase per finding', async () => {
    const dir = tree({ 'a.flow.yaml': BROKEN_FLOW, 'b&c.flow.yaml': CLEAN_FLOW });
    const r = await run(['check', '--format', 'junit'], dir);
    assert.equal(r.code, 1);
    assertWellFormedXml(r.stdout);
    assert.equal((r.stdout.match(/<testsuite /g) ?? []).length, 2);
    assert.match(r.stdout, /<testsuite name="a\.flow\.yaml"[^>]* tests="2" failures="2"/);
    assert.match(r.stdout, /<testsuite name="b&amp;c\.flow\.yaml"[^>]* tests="1" failures="0"/);
    assert.equal((r.stdout.match(/<failure /g) ?? []).length, 2);
    assert.match(r.stdout, /<failure message="Step &quot;dnoe&quot; does not exist/);
  });

  it('github prints one workflow command per finding', async () => {
    const dir = tree({ 'b.flow.yaml': BROKEN_FLOW });
    const r = await run(['check', '--format', 'github'], dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^::error file=b\.flow\.yaml,line=10,col=11,endLine=10,endColumn=15,title=flow\/unknown-step::Step "dnoe" does not exist/);
    assert.match(lines[1], /^::warning file=b\.flow\.yaml,line=16,col=3,/);
  });

  it('github escapes % \\r \\n in messages and also , : in properties', () => {
    const f: Finding = { rule: 'x/y', severity: 'info', message: '50% done\r\nnext, line: 2', file: 'f', range: { start: 0, end: 1 }, start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const out = formatGithub({ files: [{ path: 'a,b:c%.flow.yaml', absPath: '/x', findings: [f] }], cwd: '/', color: false, locale: 'en', version: '0', rules: [] });
    assert.equal(out, '::notice file=a%2Cb%3Ac%25.flow.yaml,line=1,col=1,endLine=1,endColumn=2,title=x/y::50%25 done%0D%0Anext, line: 2 (x/y)\n');
  });
});

/** Minimal XML well-formedness check: one root, balanced tags, quoted attributes, known entities only. */
function assertWellFormedXml(xml: string): void {
  let s = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  while (s.length) {
    const lt = s.indexOf('<');
    const text = lt < 0 ? s : s.slice(0, lt);
    assert.doesNotMatch(text, /&(?!(amp|lt|gt|quot|apos);)/, 'bare & in text');
    assert.doesNotMatch(text, />/.test(text) ? /(?!)/ : /(?!)/);
    if (lt < 0) {
      assert.equal(text.trim(), '', 'text after the root element');
      break;
    }
    if (!stack.length) assert.equal(text.trim(), '', 'text outside the root element');
    const gt = s.indexOf('>', lt);
    assert.ok(gt > 0, 'unclosed tag');
    const tag = s.slice(lt + 1, gt);
    s = s.slice(gt + 1);
    if (tag.startsWith('/')) {
      assert.equal(stack.pop(), tag.slice(1).trim(), 'mismatched closing tag');
      continue;
    }
    const m = /^([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
    assert.ok(m, `malformed tag <${tag}>`);
    for (const v of m![2].matchAll(/="([^"]*)"/g)) assert.doesNotMatch(v[1], /&(?!(amp|lt|gt|quot|apos);)/, 'bare & in attribute');
    if (!stack.length) roots++;
    if (m![3] !== '/') stack.push(m![1]);
  }
  assert.deepEqual(stack, [], 'unclosed elements');
  assert.equal(roots, 1, 'exactly one root element');
}

describe('walint export', () => {
  const single = `# a comment walint must not export
name: order_ready
language: fr
category: utility
components:
  - type: body
    text: "Votre commande {{1}} est prête."
    example:
      body_text: [["ML-1"]]
`;
  const graph = JSON.stringify({ data: [{ name: 'live_one', language: 'en_US', status: 'APPROVED', id: '123', category: 'UTILITY', components: [{ type: 'BODY', text: 'Your order is ready.' }] }], paging: { cursors: {} } });

  it('writes one Graph API body per template, keys as written, without read-only fields', async () => {
    const dir = tree({ 'a.template.yaml': single, 'live.template.json': graph });
    const r = await run(['export', '--out', 'build', 'a.template.yaml', 'live.template.json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['build/order_ready.fr.json', 'build/live_one.en_US.json']);
    const body = JSON.parse(readFileSync(join(dir, 'build/order_ready.fr.json'), 'utf8'));
    assert.deepEqual(body, { name: 'order_ready', language: 'fr', category: 'utility', components: [{ type: 'body', text: 'Votre commande {{1}} est prête.', example: { body_text: [['ML-1']] } }] });
    const live = JSON.parse(readFileSync(join(dir, 'build/live_one.en_US.json'), 'utf8'));
    assert.deepEqual(Object.keys(live), ['name', 'language', 'category', 'components']);
  });

  it('refuses templates with errors unless --force', async () => {
    const broken = 'name: broken_one\nlanguage: fr\ncategory: UTILITY\ncomponents: 3\n';
    const dir = tree({ 'b.template.yaml': broken });
    const r = await run(['export', '--out', 'build', 'b.template.yaml'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not exported: broken_one \(fr\).*Fix them or use --force/);
    assert.equal(existsSync(join(dir, 'build/broken_one.fr.json')), false);
    const forced = await run(['export', '--out', 'build', '--force', 'b.template.yaml'], dir);
    assert.equal(forced.code, 0);
    assert.equal(existsSync(join(dir, 'build/broken_one.fr.json')), true);
  });

  it('needs --out and template files', async () => {
    const dir = tree({ 'a.template.yaml': single });
    assert.equal((await run(['export', 'a.template.yaml'], dir)).code, 2);
    assert.equal((await run(['export', '--out', 'x'], dir)).code, 2);
    const flows = tree({ 'a.flow.yaml': CLEAN_FLOW });
    const none = await run(['export', '--out', 'x', 'a.flow.yaml'], flows);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no template found/);
  });
});
