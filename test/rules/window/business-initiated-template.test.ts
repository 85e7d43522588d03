import rule from '../../../server/src/core/rules/window/business-initiated-template';
import { ruleTests } from '../../helpers/ruleTester';
import { files } from './fixtures';

ruleTests(rule, {
  valid: [
    `flow: demo
trigger: business
opt_in: checkout
steps:
  open:
    template: delivery_feedback
    next: q
  q:
    ask: Anything else?
    end: true
`,
    {
      name: 'a user-triggered flow may open with free-form',
      code: `flow: demo
steps:
  hi:
    say: hi
    end: true
`,
    },
    {
      name: 'waits and branches before the template do not count as messages',
      code: `flow: demo
trigger: business
opt_in: x
steps:
  w:
    wait: 1h
    next: b
  b:
    branch:
      - { if: vip, next: t1 }
      - { else: t2 }
  t1:
    template: a
    end: true
  t2:
    template: b
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'say first, with a template suggestion',
      files,
      code: `flow: demo
trigger: business
language: fr
opt_in: checkout
steps:
  feedback_request:
    say: Notez votre livraison
    end: true
`,
      errors: [{ line: 7, column: 5, message: 'first message (step "feedback_request") is free-form' }],
      suggestion: `flow: demo
trigger: business
language: fr
opt_in: checkout
steps:
  feedback_request:
    template: delivery_feedback
    end: true
`,
    },
    {
      name: 'one branch opens with a template, the other with buttons',
      code: `flow: demo
trigger: business
opt_in: x
steps:
  b:
    branch:
      - { if: vip, next: t }
      - { else: menu }
  t:
    template: a
    end: true
  menu:
    buttons:
      - { title: Yes, next: t }
`,
      errors: [{ line: 13, column: 5 }],
    },
  ],
});
