import * as assert from 'node:assert/strict';
import { analyzeFile } from '../../../server/src/core';
import { categoryInput, verdictOf } from '../../../server/src/core/rules/category/shared';

describe('category rules: shared helpers', () => {
  const text = `templates:
  - name: a
    language: en
    category: UTILITY
    components:
      - type: HEADER
        format: TEXT
        text: Order update
      - type: BODY
        text: "Hi {{first_name}}, order {{order_id}} shipped."
        example:
          body_text_named_params:
            - { param_name: order_id, example: "#123" }
            - { param_name: first_name, example: Ana }
      - type: FOOTER
        text: Reply STOP to opt out
      - type: BUTTONS
        buttons:
          - { type: URL, text: Track, url: "https://example.com/t/{{1}}" }
`;

  it('builds the classifier input from a template, named examples in order of use', () => {
    const file = analyzeFile('a.templates.yaml', text);
    const t = file.templates!.templates[0];
    assert.deepEqual(categoryInput(t), {
      language: 'en',
      category: 'UTILITY',
      header: 'Order update',
      body: 'Hi {{first_name}}, order {{order_id}} shipped.',
      footer: 'Reply STOP to opt out',
      buttons: [{ type: 'URL', text: 'Track', url: 'https://example.com/t/{{1}}' }],
      examples: ['Ana', '#123'],
    });
  });

  it('computes one verdict per template object (shared by the rules of a lint run)', () => {
    const file = analyzeFile('a.templates.yaml', text);
    const t = file.templates!.templates[0];
    assert.equal(verdictOf(t), verdictOf(t));
    // A new analysis of the same text gives new objects, hence a fresh (equal) verdict.
    const again = analyzeFile('a.templates.yaml', text).templates!.templates[0];
    assert.notEqual(verdictOf(again), verdictOf(t));
    assert.deepEqual(verdictOf(again), verdictOf(t));
  });
});
