import * as assert from 'node:assert/strict';
import { analyzeFile, EMPTY_CONFIG, lintFile, WorkspaceIndex } from '../../../server/src/core';
import { templateRules } from '../../../server/src/core/rules/template/index';

/** Malformed inputs never make a template rule throw (a throw becomes an "internal error" finding). */
const inputs: [string, string][] = [
  ['t.template.yaml', 'name: a\nlanguage: fr\ncategory: UTILITY\ncomponents: null\n'],
  ['t.template.yaml', 'name: 3\nlanguage: [fr]\ncategory: {}\ncomponents: [1, "x", null, { type: BODY, text: 5 }, { type: BUTTONS, buttons: "no" }]\n'],
  ['t.template.yaml', 'name: a\nlanguage: fr\ncategory: AUTHENTICATION\ncomponents:\n  - { type: BUTTONS, buttons: [null, 3, { type: OTP, otp_type: ONE_TAP, supported_apps: [null, "x", { package_name: 1 }] }] }\n'],
  ['t.template.yaml', 'name: a\nlanguage: fr\ncategory: MARKETING\ncomponents:\n  - { type: CAROUSEL, cards: [null, { components: "x" }, { components: [{ type: HEADER }] }] }\n  - { type: LIMITED_TIME_OFFER, limited_time_offer: "x" }\n  - { type: BODY, text: "{{{{{{", example: { body_text: "x", body_text_named_params: [null, 1] } }\n'],
  ['t.template.json', '{"data": [null, 1, {"name": "a"}], "paging": {}}'],
  ['t.template.yaml', 'templates: [{ name: a, language: fr, category: UTILITY, message_send_ttl_seconds: "x", components: [{ type: HEADER, format: TEXT, text: "}}{{", example: { header_text: 1 } }] }]\n'],
  ['f.flow.yaml', 'flow: demo\nlanguage: 5\nsteps:\n  a:\n    template: ""\n    params: "x"\n  b:\n    template: [x]\n'],
];

describe('template rules on malformed input', () => {
  inputs.forEach(([file, text], i) => {
    it(`input #${i + 1} (${file})`, () => {
      const ws = new WorkspaceIndex();
      ws.set(analyzeFile('other.templates.yaml', 'templates:\n  - { name: a, language: fr, status: PAUSED, category: UTILITY, components: [{ type: BODY, text: "x {{1}} y" }] }\n'));
      const f = analyzeFile(file, text);
      ws.set(f);
      const out = lintFile(f, { workspace: ws, config: EMPTY_CONFIG, locale: 'en', rules: templateRules });
      const internal = out.filter((x) => /internal error/.test(x.message));
      assert.deepEqual(internal.map((x) => x.message), []);
      for (const x of out) for (const fix of x.fixes?.() ?? []) assert.ok(Array.isArray(fix.edits));
    });
  });
});
