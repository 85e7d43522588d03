import rule from '../../../server/src/core/rules/template/text-length';
import { ruleTests } from '../../helpers/ruleTester';

const t = (header: string, body: string, footer: string) =>
  `name: a\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: HEADER\n    format: TEXT\n    text: ${header}\n  - type: BODY\n    text: ${body}\n  - type: FOOTER\n    text: ${footer}\n`;

ruleTests(rule, {
  valid: [
    t('h'.repeat(60), 'b'.repeat(1024), 'f'.repeat(60)),
    { name: 'emoji count as one character', code: t('🎉'.repeat(60), 'ok', 'ok') },
    { name: 'media header text is not measured here', code: `name: a\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - { type: HEADER, format: IMAGE, text: ${'x'.repeat(80)} }\n  - { type: BODY, text: ok }\n` },
  ],
  invalid: [
    {
      code: t('h'.repeat(61), 'b'.repeat(1025), 'f'.repeat(61)),
      errors: [
        { line: 7, column: 11, message: 'header has 61 characters; Meta allows at most 60 (error 2388040)' },
        { line: 9, column: 11, message: 'body has 1025 characters; Meta allows at most 1024' },
        { line: 11, column: 11, message: 'footer has 61' },
      ],
    },
    { name: 'stricter body limit from config (BSP 550)', code: t('h', 'b'.repeat(551), 'f'), config: 'facts:\n  templateBodyMax: 550\n', errors: [{ line: 9, column: 11, message: 'at most 550' }] },
    {
      name: 'JSON, lower-case type',
      filename: 'a.template.json',
      code: `{"name": "a", "language": "fr", "category": "UTILITY", "components": [{"type": "footer", "text": "${'f'.repeat(70)}"}, {"type": "body", "text": "x"}]}`,
      errors: [{ line: 1, column: 98, message: 'footer has 70' }],
    },
  ],
});
