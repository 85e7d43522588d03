import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECK_OPTIONS } from '../../server/src/cli/commands/check';
import { EXPORT_OPTIONS } from '../../server/src/cli/commands/export';
import { FORMATS } from '../../server/src/cli/formatters/index';
import { DEFAULT_FACTS } from '../../server/src/core/facts';
import { ConfigShape } from '../../server/src/core/model/config';

const repo = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(resolve(repo, p), 'utf8');

describe('CLI and configuration docs stay complete', () => {
  it('docs/cli.md documents every option and format', () => {
    const doc = read('docs/cli.md');
    for (const o of [...CHECK_OPTIONS, ...EXPORT_OPTIONS]) assert.ok(doc.includes(`--${o.name}`), `--${o.name} is not documented`);
    for (const f of FORMATS) assert.ok(doc.includes(`#### \`${f}\``), `format ${f} has no section`);
  });

  it('docs/configuration.md documents every config key and every fact', () => {
    const doc = read('docs/configuration.md');
    for (const key of Object.keys(ConfigShape)) assert.ok(doc.includes(`\`${key}`), `config key ${key} is not documented`);
    for (const fact of Object.keys(DEFAULT_FACTS)) assert.ok(doc.includes(`| \`${fact}\` |`), `fact ${fact} is not documented`);
  });
});
