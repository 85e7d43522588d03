import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lintFile } from '../../server/src/core/linter';
import { clearConfigCache, configFor, discoverFiles, findConfigFile, findConfigFiles, isLintTarget, loadConfig, loadWorkspace, targetKind } from '../../server/src/node/project';

/** Write a tree of files under a fresh temporary folder. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'walint-proj-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const rel = (dir: string, paths: string[]) => paths.map((p) => p.slice(dir.length + 1).split('\\').join('/'));

describe('project: config lookup', () => {
  let dir: string;
  before(() => {
    dir = makeTree({
      'walint.config.yaml': 'rules:\n  flow/dead-end: off\n',
      'ws/walint.config.yaml': 'root: true\nlocale: fr\nrules:\n  flow/unreachable-step: info\nfacts:\n  prices: { marketing: 0.1 }\n',
      'ws/a/b/c/keep.txt': '',
      'ws/pharmacy/walint.config.yml': 'vertical: pharmacy\nlocale: en\nrules:\n  flow/unknown-step: warning\nfacts:\n  prices: { utility: 0.5 }\n',
      'ws/pharmacy/x.flow.yaml': 'flow: x\nsteps: {a: {end: true}}\n',
      'free/sub/keep.txt': '',
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest config, looking upward', () => {
    assert.equal(findConfigFile(join(dir, 'ws/a/b/c')), join(dir, 'ws/walint.config.yaml'));
    assert.equal(findConfigFile(join(dir, 'ws/pharmacy')), join(dir, 'ws/pharmacy/walint.config.yml'));
    assert.equal(findConfigFile(join(dir, 'free/sub')), join(dir, 'walint.config.yaml'));
  });

  it('stops at a config with root: true', () => {
    assert.deepEqual(rel(dir, findConfigFiles(join(dir, 'ws/pharmacy'))), ['ws/pharmacy/walint.config.yml', 'ws/walint.config.yaml']);
    assert.deepEqual(rel(dir, findConfigFiles(join(dir, 'free/sub'))), ['walint.config.yaml']);
  });

  it('merges the chain: nearest value wins, rules and facts merge by entry', () => {
    const p = configFor(join(dir, 'ws/pharmacy/x.flow.yaml'));
    assert.deepEqual(p.problems, []);
    assert.equal(p.config.data.vertical, 'pharmacy');
    assert.equal(p.config.locale, 'en');
    assert.deepEqual(p.config.data.rules, { 'flow/unreachable-step': 'info', 'flow/unknown-step': 'warning' });
    assert.equal(p.config.facts.prices.marketing, 0.1);
    assert.equal(p.config.facts.prices.utility, 0.5);
    assert.equal(p.config.facts.prices.currency, 'EUR');
    // the parent's rule applies to files under it
    assert.equal(configFor(join(dir, 'ws/a/b/c/keep.txt')).config.locale, 'fr');
  });

  it('caches a config by path and modification time', () => {
    const file = join(dir, 'ws/a/walint.config.yaml');
    writeFileSync(file, 'vertical: bank\n');
    const first = loadConfig(file);
    assert.equal(loadConfig(file), first, 'unchanged file: same object');
    writeFileSync(file, 'vertical: travel\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = loadConfig(file);
    assert.notEqual(second, first);
    assert.equal(second.config.data.vertical, 'travel');
    rmSync(file);
    clearConfigCache();
  });

  it('reports config problems with file, line and key; never throws', () => {
    const bad = makeTree({ 'walint.config.yaml': 'rules:\n  flow/dead-end: loud\nvertikal: shop\n' });
    try {
      const { problems } = loadConfig(join(bad, 'walint.config.yaml'));
      assert.equal(problems.length, 2);
      assert.deepEqual(problems.map((p) => [p.start.line + 1, p.key]), [[2, 'rules.flow/dead-end'], [3, 'vertikal']]);
      const missing = loadConfig(join(bad, 'nope.yaml'));
      assert.equal(missing.problems.length, 1);
      assert.match(missing.problems[0].message, /cannot read/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('project: lint targets and discovery', () => {
  let dir: string;
  before(() => {
    dir = makeTree({
      'walint.config.yaml': 'files:\n  flows: ["bots/*.yaml"]\n  templates: ["meta/**/*.json"]\n  ignore: ["**/drafts/**", "old.flow.yaml"]\n',
      'a.flow.yaml': 'flow: a\nsteps: {s: {end: true}}\n',
      'b.flows.yaml': 'flow: b\nsteps: {s: {end: true}}\n',
      'c.template.json': '{"name":"c","language":"fr","category":"UTILITY","components":[{"type":"BODY","text":"Bonjour."}]}',
      'd.templates.yml': 'templates: []\n',
      'old.flow.yaml': 'flow: old\nsteps: {s: {end: true}}\n',
      'drafts/e.flow.yaml': 'flow: e\nsteps: {s: {end: true}}\n',
      'bots/support.yaml': 'flow: support\nsteps: {s: {end: true}}\n',
      'meta/export/live.json': '{"data":[]}',
      'notes.yaml': 'x: 1\n',
      'node_modules/pkg/z.flow.yaml': 'flow: z\nsteps: {}\n',
      'bin.flow.yaml': Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 10]),
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('selects default patterns and configured globs, minus ignores', () => {
    const cfg = configFor(join(dir, 'x'));
    const kind = (p: string) => targetKind(join(dir, p), cfg);
    assert.equal(kind('a.flow.yaml'), 'flow');
    assert.equal(kind('b.flows.yaml'), 'flow');
    assert.equal(kind('c.template.json'), 'templates');
    assert.equal(kind('d.templates.yml'), 'templates');
    assert.equal(kind('bots/support.yaml'), 'flow');
    assert.equal(kind('meta/export/live.json'), 'templates');
    assert.equal(kind('notes.yaml'), undefined);
    assert.equal(kind('old.flow.yaml'), undefined);
    assert.equal(kind('drafts/e.flow.yaml'), undefined);
    assert.equal(isLintTarget(join(dir, 'bots/support.yaml'), cfg), true);
    // globs are relative to the config's folder: outside it they do not apply
    assert.equal(targetKind('/elsewhere/bots/support.yaml', cfg), undefined);
  });

  it('walks folders for targets only', () => {
    const { files, errors } = discoverFiles(['.'], dir);
    assert.deepEqual(errors, []);
    assert.deepEqual(rel(dir, files.map((f) => f.path)), ['a.flow.yaml', 'b.flows.yaml', 'bin.flow.yaml', 'bots/support.yaml', 'c.template.json', 'd.templates.yml', 'meta/export/live.json']);
    assert.equal(files.find((f) => f.path.endsWith('support.yaml'))?.kind, 'flow');
  });

  it('takes explicit files as given, and matches globs relative to cwd', () => {
    const explicit = discoverFiles(['notes.yaml', 'old.flow.yaml'], dir);
    assert.deepEqual(rel(dir, explicit.files.map((f) => f.path)), ['notes.yaml']);
    assert.deepEqual(rel(dir, explicit.ignored), ['old.flow.yaml']);
    const globbed = discoverFiles(['**/*.flow.yaml'], dir);
    assert.deepEqual(rel(dir, globbed.files.map((f) => f.path)), ['a.flow.yaml', 'bin.flow.yaml']);
  });

  it('reports arguments that match nothing', () => {
    const { errors } = discoverFiles(['missing.flow.yaml', 'nothing/**/*.yaml'], dir);
    assert.equal(errors.length, 2);
    assert.match(errors[0], /No such file or folder: missing\.flow\.yaml/);
    assert.match(errors[1], /No files matching the pattern "nothing\/\*\*\/\*\.yaml"/);
  });

  it('loads a workspace: forced kinds, binary and unreadable files become not-analysed', () => {
    const { files } = discoverFiles(['.'], dir);
    const unreadable = join(dir, 'locked.flow.yaml');
    writeFileSync(unreadable, 'flow: locked\n');
    chmodSync(unreadable, 0);
    try {
      const { workspace, files: loaded } = loadWorkspace([...files, { path: unreadable }, join(dir, 'vanished.flow.yaml')]);
      const by = (name: string) => loaded.find((f) => f.uri.endsWith(name))!;
      assert.equal(by('support.yaml').kind, 'flow');
      assert.ok(by('support.yaml').flow);
      assert.equal(by('live.json').kind, 'templates');
      assert.match(by('bin.flow.yaml').notAnalysed ?? '', /binary/);
      assert.match(by('vanished.flow.yaml').notAnalysed ?? '', /cannot be read \(ENOENT\)/);
      const findings = lintFile(by('bin.flow.yaml'), { workspace, config: configFor(dir, { isDirectory: true }).config, locale: 'en' });
      assert.deepEqual(findings.map((f) => f.rule), ['walint/not-analysed']);
      assert.ok(workspace.findTemplate('c', 'fr'));
      // root ignores file permissions; otherwise the file must be reported, not thrown
      const locked = by('locked.flow.yaml');
      assert.ok(locked.notAnalysed === undefined || /cannot be read/.test(locked.notAnalysed));
    } finally {
      chmodSync(unreadable, 0o644);
    }
  });
});
