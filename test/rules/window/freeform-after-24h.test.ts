import rule from '../../../server/src/core/rules/window/freeform-after-24h';
import { ruleTests } from '../../helpers/ruleTester';
import { files } from './fixtures';

ruleTests(rule, {
  valid: [
    {
      name: 'every free-form message inside the window',
      code: `flow: demo
steps:
  q:
    ask: Order number?
    timeout: 2h
    on_timeout: remind
    next: thanks
  remind:
    say: Still there?
    end: true
  thanks:
    say: Thanks
    end: true
`,
    },
    {
      name: 'a template after the long wait',
      files,
      code: `flow: demo
language: fr
steps:
  hi:
    say: Bonjour
    next: later
  later:
    wait: 48h
    next: feedback
  feedback:
    template: delivery_feedback
    end: true
`,
    },
    {
      name: '23h59 after the last message is still inside',
      code: `flow: demo
steps:
  hi:
    say: hi
    next: later
  later:
    wait: 23h59m
    next: bye
  bye:
    say: bye
    end: true
`,
    },
    {
      name: 'a loop through a user reply is bounded',
      code: `flow: demo
steps:
  q:
    ask: Again?
    timeout: 12h
    on_timeout: nudge
    next: q
  nudge:
    ask: Still there?
    next: q
`,
    },
    {
      name: 'the window reopens when the user answers after the wait',
      code: `flow: demo
steps:
  hi:
    say: hi
    next: later
  later:
    wait: 30h
    next: q
  q:
    template: any_template
    expect: text
    next: answer
  answer:
    ask: Which day?
    next: done
  done:
    say: Booked
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'timeout then a 48h wait before a say, with a template suggestion',
      files,
      code: `flow: demo
language: fr
steps:
  ask_order:
    ask: Numéro de commande ?
    timeout: 2h
    on_timeout: later
    next: later
  later:
    wait: 48h
    next: feedback
  feedback:
    say: "Votre avis ?"   # old wording
    next: done
  done:
    end: true
`,
      errors: [{ line: 13, column: 5, endColumn: 8, message: 'can go out 50h after the user\'s last message (path: ask_order → timeout 2h → later (wait 48h) → feedback)' }],
      output: null,
      suggestion: `flow: demo
language: fr
steps:
  ask_order:
    ask: Numéro de commande ?
    timeout: 2h
    on_timeout: later
    next: later
  later:
    wait: 48h
    next: feedback
  feedback:
    template: delivery_feedback   # old wording
    next: done
  done:
    end: true
`,
    },
    {
      name: 'exactly 24h is closed',
      code: `flow: demo
steps:
  hi:
    say: hi
    next: later
  later:
    wait: 24h
    next: bye
  bye:
    say: bye
    end: true
`,
      errors: [{ line: 10, column: 5, message: '24h after' }],
    },
    {
      name: 'worst case over branches, buttons keep their interaction (no suggestion)',
      code: `flow: demo
steps:
  start:
    branch:
      - { if: vip, next: fast }
      - { else: slow }
  fast:
    wait: 1h
    next: menu
  slow:
    wait: 1d
    next: menu
  menu:
    say: Pick one
    buttons:
      - { title: A, next: done }
  done:
    end: true
`,
      errors: [{ line: 14, column: 5, message: 'start → slow (wait 24h) → menu' }],
    },
    {
      name: 'business flow: a say after the opening template, before any reply',
      code: `flow: demo
trigger: business
opt_in: checkout
steps:
  open:
    template: order_update
    next: more
  more:
    say: More details
    end: true
`,
      errors: [{ line: 9, column: 5, message: 'before the user has written anything' }],
    },
    {
      name: 'French message',
      locale: 'fr',
      code: `flow: demo
steps:
  hi:
    say: hi
    next: later
  later:
    wait: 2d
    next: bye
  bye:
    media: { type: image, url: "https://example.com/a.png" }
    end: true
`,
      errors: [{ line: 10, column: 5, message: 'peut partir 48h après le dernier message' }],
    },
  ],
});
