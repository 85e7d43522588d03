import rule from '../../../server/src/core/rules/window/ad-entry-point';
import { ruleTests } from '../../helpers/ruleTester';

ruleTests(rule, {
  valid: [
    `flow: demo
trigger: user
steps:
  hi:
    say: hi
    end: true
`,
  ],
  invalid: [
    {
      code: `flow: demo
trigger: ad
steps:
  hi:
    say: hi
    end: true
`,
      errors: [{ line: 2, column: 10, endColumn: 12, message: 'every message is free for 72h' }],
    },
    {
      name: 'facts from the config',
      config: 'facts:\n  freeEntryPointHours: 168\n',
      code: `flow: demo
trigger: ad
steps:
  hi:
    say: hi
    end: true
`,
      errors: [{ line: 2, column: 10, message: 'free for 168h' }],
    },
  ],
});
