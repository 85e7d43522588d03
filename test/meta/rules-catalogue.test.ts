import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, docsUrl } from '../../server/src/core';

const root = join(__dirname, '..', '..', '..');

describe('rule catalogue', () => {
  it('rule ids are unique and well-formed', () => {
    const seen = new Set<string>();
    for (const r of allRules) {
      assert.match(r.meta.id, /^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/, r.meta.id);
      assert.ok(!seen.has(r.meta.id), `duplicate rule id ${r.meta.id}`);
      seen.add(r.meta.id);
    }
  });

  it('every rule has a title, an explanation and messages in English and French, and a source', () => {
    for (const r of allRules) {
      const m = r.meta;
      assert.ok(m.title.en.trim() && m.title.fr.trim(), `${m.id}: title`);
      assert.ok(m.explanation.en.trim().length > 40 && m.explanation.fr.trim().length > 40, `${m.id}: explanation`);
      assert.ok(m.source.trim(), `${m.id}: source`);
      for (const [k, msg] of Object.entries(m.messages)) {
        assert.ok(msg.en.trim() && msg.fr.trim(), `${m.id}: message ${k}`);
        const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort().join(',');
        assert.equal(ph(msg.fr), ph(msg.en), `${m.id}: message ${k} uses the same placeholders in en and fr`);
      }
      for (const [k, t] of Object.entries(m.fixTitles ?? {})) assert.ok(t.en && t.fr, `${m.id}: fix title ${k}`);
    }
  });

  it('every rule has a docs page at the address its findings link to', () => {
    const missing: string[] = [];
    for (const r of allRules) {
      const page = join(root, 'docs', 'rules', `${r.meta.id}.md`);
      if (!existsSync(page)) missing.push(r.meta.id);
      else assert.ok(readFileSync(page, 'utf8').includes(r.meta.id), `docs page of ${r.meta.id} names the rule`);
      assert.ok(docsUrl(r.meta.id).endsWith(`docs/rules/${r.meta.id}.md`));
    }
    assert.deepEqual(missing, [], 'rules without docs/rules/<id>.md');
  });
});
