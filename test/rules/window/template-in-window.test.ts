import rule from '../../../server/src/core/rules/window/template-in-window';
import { ruleTests } from '../../helpers/ruleTester';
import { files } from './fixtures';

ruleTests(rule, {
  valid: [
    {
      name: 'a utility template inside the window',
      files,
      code: `flow: demo
language: fr
steps:
  hi:
    template: delivery_feedback
    end: true
`,
    },
    {
      name: 'a marketing template after the window closed',
      files,
      code: `flow: demo
language: fr
steps:
  hi:
    say: hi
    next: w
  w:
    wait: 3d
    next: promo
  promo:
    template: summer_promo
    end: true
`,
    },
    {
      name: 'ad flow: the free entry point may make it free',
      files,
      code: `flow: demo
trigger: ad
language: fr
steps:
  promo:
    template: summer_promo
    end: true
`,
    },
    {
      name: 'business flow: no window before the user writes',
      files,
      code: `flow: demo
trigger: business
opt_in: x
language: fr
steps:
  promo:
    template: summer_promo
    end: true
`,
    },
  ],
  invalid: [
    {
      files,
      code: `flow: demo
language: fr
steps:
  q:
    ask: Envie d'une offre ?
    next: promo
  promo:
    template: summer_promo
    end: true
`,
      errors: [{ line: 8, column: 15, message: 'billed about 0.0859 EUR' }],
    },
  ],
});
