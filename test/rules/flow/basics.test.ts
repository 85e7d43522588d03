import unknownStep from '../../../server/src/core/rules/flow/unknown-step';
import duplicateStep from '../../../server/src/core/rules/flow/duplicate-step';
import missingStart from '../../../server/src/core/rules/flow/missing-start';
import unreachableStep from '../../../server/src/core/rules/flow/unreachable-step';
import deadEnd from '../../../server/src/core/rules/flow/dead-end';
import { ruleTests } from '../../helpers/ruleTester';

const clean = `flow: demo
steps:
  welcome:
    say: Bonjour
    buttons:
      - { title: Commande, next: order }
      - { title: Conseiller, next: agent }
  order:
    ask: Numéro de commande ?
    next: done
  agent:
    handoff: agent
  done:
    end: true
`;

ruleTests(unknownStep, {
  valid: [clean],
  invalid: [
    {
      name: 'typo in next, with a did-you-mean suggestion',
      code: `flow: demo
steps:
  a:
    say: hi
    next: dnoe
  done:
    end: true
`,
      errors: [{ line: 5, column: 11, endColumn: 15, message: 'Did you mean "done"' }],
      suggestion: `flow: demo
steps:
  a:
    say: hi
    next: done
  done:
    end: true
`,
    },
    {
      name: 'button, global, escalation and start references',
      code: `flow: demo
start: begin
escalation:
  - { type: agent, step: human }
global:
  - match: [stop]
    next: optout
steps:
  welcome:
    say: hi
    buttons:
      - { title: A, next: nowhere }
`,
      errors: [
        { line: 2, column: 8 },
        { line: 4, column: 26 },
        { line: 7, column: 11 },
        { line: 12, column: 27 },
      ],
    },
  ],
});

ruleTests(duplicateStep, {
  valid: [clean],
  invalid: [
    {
      code: `flow: demo
steps:
  a:
    say: one
    end: true
  a:
    say: two
    end: true
`,
      errors: [{ line: 6, column: 3, message: 'already defined on line 3' }],
    },
  ],
});

ruleTests(missingStart, {
  valid: [clean],
  invalid: [{ code: 'flow: demo\nsteps: {}\n', errors: [{ line: 2, column: 1 }] }],
});

ruleTests(unreachableStep, {
  valid: [
    clean,
    {
      name: 'reached through a global intent',
      code: `flow: demo
global:
  - match: [agent]
    next: human
steps:
  q:
    ask: Question ?
    next: q
  human:
    handoff: agent
`,
    },
  ],
  invalid: [
    {
      code: `flow: demo
steps:
  a:
    say: hi
    end: true
  orphan:
    say: never seen
    end: true
`,
      errors: [{ line: 6, column: 3, endColumn: 9, message: '"orphan" can never be reached' }],
    },
    {
      name: 'explicit start skips the first step',
      code: `flow: demo
start: b
steps:
  a:
    say: hi
    next: b
  b:
    end: true
`,
      errors: [{ line: 4, column: 3 }],
    },
  ],
});

ruleTests(deadEnd, {
  valid: [clean],
  invalid: [
    {
      code: `flow: demo
steps:
  a:
    say: hi   # the user gets no follow-up
`,
      errors: [{ line: 3, column: 3, message: 'leads nowhere' }],
      output: null,
      suggestion: `flow: demo
steps:
  a:
    say: hi   # the user gets no follow-up
    end: true
`,
    },
  ],
});
