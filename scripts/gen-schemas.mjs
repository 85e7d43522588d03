// Generates schemas/*.schema.json from the zod models of the engine (the single source of truth).
//   node scripts/gen-schemas.mjs          write schemas/
//   node scripts/gen-schemas.mjs --check  exit 1 when schemas/ is stale
// test/schemas/schemas.test.ts imports generateSchemas() and fails when the files are stale.
//
// The TypeScript models are bundled in memory with esbuild (zod included, so the schemas and
// z.toJSONSchema share one zod instance); nothing is written but the schema files.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ID_BASE = 'https://github.com/walint-dev/walint/raw/main/schemas/';

async function loadModels() {
  const entry = [
    "export * as z from 'zod';",
    "export { FlowSchema } from './server/src/core/model/flow';",
    "export { TemplateShape, ComponentSchema } from './server/src/core/model/template';",
    "export { ConfigSchema } from './server/src/core/model/config';",
  ].join('\n');
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'gen-schemas-entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

/** Meta reads template enum values case-insensitively: accept `BODY` and `body`. */
function caseInsensitiveEnums(node) {
  if (Array.isArray(node)) return node.forEach(caseInsensitiveEnums);
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string' && v === v.toUpperCase() && /[A-Z]/.test(v))) {
    node.enum = [...node.enum, ...node.enum.map((v) => v.toLowerCase())];
  }
  for (const v of Object.values(node)) caseInsensitiveEnums(v);
}

/** Give the generated name of a recursive definition a readable one. */
function renameDefinition(schema, from, to) {
  const defs = schema.definitions ?? {};
  if (!(from in defs)) return;
  const text = JSON.stringify(schema).replaceAll(`"#/definitions/${from}"`, `"#/definitions/${to}"`);
  const copy = JSON.parse(text);
  copy.definitions[to] = copy.definitions[from];
  delete copy.definitions[from];
  Object.keys(schema).forEach((k) => delete schema[k]);
  Object.assign(schema, copy);
}

/** Stable key order: $schema, $id, title, description first, then as zod emits them. */
function withHeader(schema, { file, title, description }) {
  const { $schema, ...rest } = schema;
  return { $schema: $schema ?? 'http://json-schema.org/draft-07/schema#', $id: ID_BASE + file, title, description, ...rest };
}

/** Returns { 'flow.schema.json': text, ... } — deterministic, pretty-printed, newline-terminated. */
export async function generateSchemas() {
  const { z, FlowSchema, TemplateShape, ComponentSchema, ConfigSchema } = await loadModels();
  const opts = { target: 'draft-7', io: 'input', unrepresentable: 'any' };

  const Template = z
    .looseObject({ ...TemplateShape, components: z.array(ComponentSchema).meta({ description: 'HEADER, BODY, FOOTER, BUTTONS, CAROUSEL or LIMITED_TIME_OFFER components.' }) })
    .meta({ id: 'template', title: 'One template', description: 'One template, as POST /{WABA_ID}/message_templates takes it.' });
  const TemplateFile = z.union([
    Template,
    z.looseObject({ templates: z.array(Template).meta({ description: 'Several templates in one file.' }) }).meta({ title: 'Templates list' }),
    z.looseObject({ data: z.array(Template).meta({ description: 'Templates as GET /{WABA_ID}/message_templates returns them.' }), paging: z.unknown().optional() }).meta({ title: 'Graph API response' }),
  ]);

  const flow = z.toJSONSchema(FlowSchema, opts);
  const templates = z.toJSONSchema(TemplateFile, opts);
  caseInsensitiveEnums(templates);
  renameDefinition(templates, '__schema0', 'component');
  const config = z.toJSONSchema(ConfigSchema, opts);

  const files = {
    'flow.schema.json': withHeader(flow, {
      file: 'flow.schema.json',
      title: 'walint bot flow',
      description: 'A WhatsApp bot flow in walint\'s flow language v1 (*.flow.yaml): named steps linked by next, buttons, lists, timeouts and branches.',
    }),
    'template.schema.json': withHeader(templates, {
      file: 'template.schema.json',
      title: 'WhatsApp message template(s)',
      description: 'Meta\'s message_templates payload: one template, a `templates:` list, or the Graph API `{ data: [...] }` response. Enum values are case-insensitive.',
    }),
    'config.schema.json': withHeader(config, {
      file: 'config.schema.json',
      title: 'walint configuration',
      description: 'walint.config.yaml: rule severities, file globs, business vertical, accepted escalation channels, facts. Data only, never code.',
    }),
  };
  const texts = {};
  for (const [name, schema] of Object.entries(files)) texts[name] = JSON.stringify(schema, null, 2) + '\n';
  return texts;
}

async function main() {
  const check = process.argv.includes('--check');
  const texts = await generateSchemas();
  const dir = join(root, 'schemas');
  mkdirSync(dir, { recursive: true });
  let stale = [];
  for (const [name, text] of Object.entries(texts)) {
    const path = join(dir, name);
    let current = '';
    try { current = readFileSync(path, 'utf8'); } catch { /* missing */ }
    if (current === text) continue;
    stale.push(name);
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length) {
    console.error(`schemas/ is stale (${stale.join(', ')}): run npm run gen:schemas`);
    process.exit(1);
  }
  console.log(stale.length ? `gen-schemas: wrote ${stale.join(', ')}` : 'gen-schemas: schemas/ is up to date');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
