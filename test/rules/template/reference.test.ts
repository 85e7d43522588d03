import rule from '../../../server/src/core/rules/template/reference';
import { ruleTests } from '../../helpers/ruleTester';
import { pos } from './_helpers';

const templates = `templates:
  - name: delivery_feedback
    language: fr
    category: UTILITY
    components:
      - { type: BODY, text: "Votre commande {{1}} est livrée, merci {{2}} !", example: { body_text: [["A-1", "Marie"]] } }
  - name: delivery_feedback
    language: en_US
    category: UTILITY
    components:
      - { type: BODY, text: "Order {{1}} delivered, thank you {{2}}!", example: { body_text: [["A-1", "Mary"]] } }
  - name: order_reminder
    language: fr
    category: UTILITY
    components:
      - { type: body, text: Pensez à confirmer votre commande. }
`;
const live = '{"data": [{"name": "promo_paused", "language": "fr", "status": "PAUSED", "category": "MARKETING", "components": [{"type": "BODY", "text": "Nouveautés en boutique."}]}]}';
const files = { 'shop.templates.yaml': templates, 'live.template.json': live };
const flow = (steps: string, language = 'fr') => `flow: demo\nlanguage: ${language}\nsteps:\n${steps}`;

const typo = flow('  a:\n    template: delivery_feedbak\n    params: ["{{order_id}}", "{{name}}"]\n    end: true\n');
const lang = flow('  a:\n    template: order_reminder\n    end: true\n', 'en_US');
const stepLang = flow('  a:\n    template: order_reminder\n    language: de\n    end: true\n');
const params = flow('  a:\n    template: delivery_feedback\n    params: ["{{order_id}}"]\n    next: b\n  b:\n    template: order_reminder\n    params: [x]\n    end: true\n');
const noParams = flow('  a:\n    template: delivery_feedback\n    end: true\n');
const paused = flow('  a:\n    template: promo_paused\n    end: true\n');

ruleTests(rule, {
  valid: [
    { code: flow('  a:\n    template: delivery_feedback\n    params: ["{{order_id}}", "{{name}}"]\n    next: b\n  b:\n    template: order_reminder\n    end: true\n'), files },
    { name: 'language variant chosen by the step', code: flow('  a:\n    template: delivery_feedback\n    language: en_US\n    params: [a, b]\n    end: true\n'), files },
    { name: 'base language matches a regional variant', code: flow('  a:\n    template: delivery_feedback\n    params: [a, b]\n    end: true\n', 'en'), files },
  ],
  invalid: [
    {
      name: 'unknown name, did you mean, suggestion',
      code: typo,
      files,
      errors: [{ ...pos(typo, 'delivery_feedbak'), message: 'No template named "delivery_feedbak" in the workspace; sending it fails (error 132001). Did you mean "delivery_feedback"?' }],
      output: null,
      suggestion: typo.replace('delivery_feedbak', 'delivery_feedback'),
    },
    { name: 'no variant in the flow language', code: lang, files, errors: [{ ...pos(lang, 'order_reminder'), message: 'has no "en_US" version (it exists in fr)' }] },
    { name: 'no variant in the step language', code: stepLang, files, errors: [{ ...pos(stepLang, 'de\n'), message: 'error 132001' }] },
    { name: 'parameter counts (132000)', code: params, files, errors: [{ ...pos(params, '["{{order_id}}"]'), message: 'expects 2 body parameter(s) but this step gives 1' }, { ...pos(params, '[x]'), message: 'expects 0 body parameter(s) but this step gives 1' }] },
    { name: 'no params at all', code: noParams, files, errors: [{ ...pos(noParams, 'delivery_feedback'), message: 'gives 0' }] },
    { name: 'paused template (132015)', code: paused, files, errors: [{ ...pos(paused, 'promo_paused'), message: 'has status PAUSED; only APPROVED templates can be sent (error 132015)' }] },
    { name: 'French', locale: 'fr', code: paused, files: { 'live.template.json': live.replace('PAUSED', 'DISABLED') }, errors: [{ ...pos(paused, 'promo_paused'), message: 'statut DISABLED' }] },
  ],
});
