import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateRules } from '../../../server/src/core/rules/template/index';
import { lintCase } from '../../helpers/ruleTester';

/** The Invalid / Valid examples of docs/rules/template/*.md say what the rule really does. */
const root = join(__dirname, '..', '..', '..', '..');

function block(md: string, heading: string): string | undefined {
  const m = new RegExp(`## ${heading}\\n\`\`\`yaml\\n([\\s\\S]*?)\\n\`\`\``).exec(md);
  return m?.[1];
}

describe('template rule docs examples', () => {
  for (const rule of templateRules) {
    const id = rule.meta.id;
    it(`${id}: page exists; complete examples are invalid / valid as stated`, () => {
      const md = readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8');
      assert.ok(md.includes(`# \`${id}\``));
      for (const h of ['What it checks', 'Why', 'Invalid', 'Valid', 'How to fix', 'Configuration']) assert.ok(md.includes(`## ${h}`), `${id}: section ${h}`);
      const bad = block(md, 'Invalid');
      const good = block(md, 'Valid');
      assert.ok(bad && good, `${id}: yaml examples`);
      // Fragments (buttons only, flows needing other files) are illustrations, not whole files.
      if (!bad.startsWith('name:') || !good.startsWith('name:')) return;
      assert.ok(lintCase(rule, { code: bad }).findings.length > 0, `${id}: the Invalid example gives a finding`);
      assert.deepEqual(lintCase(rule, { code: good }).findings.map((f) => f.message), [], `${id}: the Valid example is clean`);
    });
  }
});
