import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allRules, analyzeFile, EMPTY_CONFIG, lintFile, WorkspaceIndex } from '../../../server/src/core';

/**
 * Meta's own `POST /{WABA_ID}/message_templates` request examples (official OpenAPI
 * spec, business-messaging-api_v23.0.yaml) must lint without error or warning from
 * the template rules. They are read from the spec at test time.
 */
const root = join(__dirname, '..', '..', '..', '..');
const SPEC_NAME = 'business-messaging-api_v23.0.yaml';
const candidates = [process.env.WALINT_META_SPEC, join(root, 'test', 'fixtures', 'meta', SPEC_NAME), join(root, '..', 'shared', 'meta', SPEC_NAME)].filter((p): p is string => !!p);
const specPath = candidates.find((p) => existsSync(p));

/** Documentation placeholders in Meta's examples, replaced by a value of the right shape. */
const DOC_PLACEHOLDERS: Record<string, (title: string) => string> = {
  '<TEMPLATE_NAME>': (title) => title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, ''),
};

function requestExamples(spec: unknown): { title: string; value: Record<string, unknown> }[] {
  const paths = (spec as { paths: Record<string, Record<string, unknown>> }).paths;
  const out: { title: string; value: Record<string, unknown> }[] = [];
  for (const [p, item] of Object.entries(paths)) {
    if (!p.endsWith('/message_templates')) continue;
    const post = item.post as { requestBody?: { content?: Record<string, { examples?: Record<string, { value: Record<string, unknown> }> }> } } | undefined;
    for (const media of Object.values(post?.requestBody?.content ?? {})) {
      for (const [title, ex] of Object.entries(media.examples ?? {})) out.push({ title, value: ex.value });
    }
  }
  return out;
}

function lintTemplate(value: unknown, file = 'meta.template.json') {
  const ws = new WorkspaceIndex();
  const f = analyzeFile(file, JSON.stringify(value, null, 2));
  ws.set(f);
  // Every rule with its default severity: Meta's own payloads must lint without error or warning.
  return lintFile(f, { workspace: ws, config: EMPTY_CONFIG, locale: 'en', rules: allRules }).filter((x) => x.severity !== 'info');
}

describe("Meta's message_templates request examples", function () {
  let examples: { title: string; value: Record<string, unknown> }[] = [];
  before(function () {
    assert.ok(specPath, 'Meta spec missing: test/fixtures/meta/business-messaging-api_v23.0.yaml');
    this.timeout(20000); // parsing the 1 MB spec
    examples = requestExamples(parse(readFileSync(specPath!, 'utf8')));
  });

  it('are found in the spec (all POST examples of the message_templates endpoint)', () => {
    assert.ok(examples.length >= 10, `expected Meta's examples, found ${examples.length}`);
    const categories = new Set(examples.map((e) => String(e.value.category).toUpperCase()));
    assert.deepEqual([...categories].sort(), ['AUTHENTICATION', 'MARKETING', 'UTILITY']);
  });

  it('each lints with no error or warning from the template rules', () => {
    const problems: string[] = [];
    for (const { title, value } of examples) {
      const v = { ...value };
      const fill = DOC_PLACEHOLDERS[String(v.name)];
      if (fill) v.name = fill(title);
      for (const f of lintTemplate(v)) problems.push(`${title}: ${f.rule} ${f.start.line + 1}:${f.start.character + 1} ${f.message}`);
      // The same payload inside a `templates:` list and as YAML.
      const listed = analyzeFile('meta.templates.yaml', `templates:\n  - ${JSON.stringify(v)}\n`);
      assert.equal(listed.templates?.templates.length, 1, title);
    }
    assert.deepEqual(problems, []);
  });

  it('the name placeholder itself is flagged (the check is live)', () => {
    const withPlaceholder = examples.find((e) => e.value.name === '<TEMPLATE_NAME>');
    assert.ok(withPlaceholder, 'Meta still uses <TEMPLATE_NAME> in some examples');
    assert.ok(lintTemplate(withPlaceholder.value).some((f) => f.rule === 'template/name'));
  });
});
