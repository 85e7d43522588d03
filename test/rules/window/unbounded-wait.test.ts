import rule from '../../../server/src/core/rules/window/unbounded-wait';
import { ruleTests } from '../../helpers/ruleTester';

ruleTests(rule, {
  valid: [
    {
      name: 'a reminder that goes back through the user',
      code: `flow: demo
steps:
  q:
    ask: Still there?
    timeout: 1h
    on_timeout: nudge
    next: done
  nudge:
    ask: Just checking, still there?
    next: q
  done:
    say: ok
    end: true
`,
    },
    {
      name: 'a loop without time (no wait, no timeout) is not a window problem',
      code: `flow: demo
steps:
  a:
    call: poll
    next: b
  b:
    branch:
      - { if: ready, next: done }
      - { else: a }
  done:
    say: ready
    end: true
`,
    },
  ],
  invalid: [
    {
      name: 'a polling loop with a wait, then a say',
      code: `flow: demo
steps:
  hi:
    say: We will tell you when it ships
    next: poll
  poll:
    wait: 6h
    next: check
  check:
    branch:
      - { if: shipped, next: shipped }
      - { else: poll }
  shipped:
    say: It shipped!
    end: true
`,
      errors: [{ line: 14, column: 5, message: 'after a loop (poll → check → poll)' }],
    },
    {
      name: 'a question that re-asks itself on timeout, forever without an answer',
      code: `flow: demo
steps:
  q:
    ask: Still there?
    timeout: 1h
    on_timeout: q
    next: done
  done:
    say: ok
    end: true
`,
      errors: [{ line: 4, column: 5, message: 'after a loop (q → q)' }],
    },
    {
      name: 'timeout looping on a say',
      code: `flow: demo
steps:
  q:
    ask: Answer?
    timeout: 1h
    on_timeout: nag
    next: done
  nag:
    say: Please answer
    wait: 1h
    next: nag
  done:
    end: true
`,
      errors: [{ line: 9, column: 5 }],
    },
  ],
});
