import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/unknown-key',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'A key the flow language does not know (often a typo)', fr: 'Une clé que le langage de flow ne connaît pas (souvent une faute de frappe)' },
    explanation: {
      en: 'walint ignores keys it does not know, so a typo such as `nxt:` instead of `next:` silently changes what the bot does. Fix the spelling or remove the key.',
      fr: 'walint ignore les clés qu\'il ne connaît pas : une faute comme `nxt:` au lieu de `next:` change sans bruit le comportement du bot. Corrigez l\'orthographe ou supprimez la clé.',
    },
    source: 'docs/flow-format.md',
    messages: {},
    fix: 'none',
  },
  check(ctx) {
    for (const i of ctx.flow?.issues ?? []) if (i.rule === 'flow/unknown-key') ctx.report({ message: i.message, data: i.data, path: i.path, target: i.target });
  },
});
