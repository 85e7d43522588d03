import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(__dirname, '../../..');
const SCHEMAS = ['flow.schema.json', 'template.schema.json', 'config.schema.json'];

type Json = Record<string, unknown>;

describe('schemas/ (generated from the zod models)', function () {
  this.timeout(60_000);
  let generated: Record<string, string>;

  before(async () => {
    // a variable specifier: TypeScript leaves the .mjs alone, Node loads it as ESM
    const url = pathToFileURL(join(root, 'scripts', 'gen-schemas.mjs')).href;
    const mod = (await import(url)) as { generateSchemas(): Promise<Record<string, string>> };
    generated = await mod.generateSchemas();
  });

  it('generates exactly the three schema files', () => {
    assert.deepEqual(Object.keys(generated).sort(), [...SCHEMAS].sort());
  });

  for (const name of SCHEMAS) {
    it(`${name} is up to date`, () => {
      const current = readFileSync(join(root, 'schemas', name), 'utf8');
      assert.ok(current === generated[name], `schemas/${name} is stale: run npm run gen:schemas`);
    });

    it(`${name} has $schema, $id, title and description`, () => {
      const s = JSON.parse(generated[name]) as Json;
      assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(s.$id, `https://github.com/walint-dev/walint/raw/main/schemas/${name}`);
      assert.equal(typeof s.title, 'string');
      assert.equal(typeof s.description, 'string');
    });
  }

  it('generation is deterministic', async () => {
    const url = pathToFileURL(join(root, 'scripts', 'gen-schemas.mjs')).href;
    const mod = (await import(url)) as { generateSchemas(): Promise<Record<string, string>> };
    assert.deepEqual(await mod.generateSchemas(), generated);
  });

  it('the flow schema knows the v1 contract keys and rejects unknown step keys', () => {
    const s = JSON.parse(generated['flow.schema.json']) as { properties: Json; required: string[] };
    for (const key of ['flow', 'language', 'trigger', 'automated', 'opt_in', 'escalation', 'global', 'start', 'steps']) assert.ok(key in s.properties, key);
    assert.deepEqual(s.required, ['flow', 'steps']);
    const step = (s.properties.steps as { additionalProperties: { properties: Json; additionalProperties: unknown } }).additionalProperties;
    for (const key of ['say', 'ask', 'expect', 'timeout', 'on_timeout', 'next', 'wait', 'template', 'params', 'handoff', 'buttons', 'list', 'media', 'branch', 'end']) assert.ok(key in step.properties, key);
    assert.equal(step.additionalProperties, false);
  });

  it('the template schema accepts the three layouts and enum values in either case', () => {
    const s = JSON.parse(generated['template.schema.json']) as { anyOf: Json[]; definitions: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    assert.equal(s.anyOf.length, 3);
    assert.deepEqual(s.anyOf[0], { $ref: '#/definitions/template' });
    assert.deepEqual((s.anyOf[1] as { required: string[] }).required, ['templates']);
    assert.deepEqual((s.anyOf[2] as { required: string[] }).required, ['data']);
    const category = s.definitions.template.properties.category.enum!;
    assert.ok(category.includes('UTILITY') && category.includes('utility'));
    const type = s.definitions.component.properties.type.enum!;
    assert.ok(type.includes('BODY') && type.includes('body'));
  });

  it('the config schema accepts rule severities and rejects unknown top-level keys', () => {
    const s = JSON.parse(generated['config.schema.json']) as { properties: Json; additionalProperties: unknown };
    for (const key of ['rules', 'files', 'vertical', 'escalation', 'facts', 'locale']) assert.ok(key in s.properties, key);
    assert.equal(s.additionalProperties, false);
  });
});
