import { placeholders } from '../../model/template';
import { isScalar } from 'yaml';
import { defineRule } from '../types';
import { labelOf, sensitiveVariable } from './sensitive';
import { flowTexts, templateTexts } from './texts';

export default defineRule({
  meta: {
    id: 'data/sensitive-expect',
    severity: 'warning',
    appliesTo: ['flow', 'templates'],
    title: { en: 'A variable collects or sends sensitive identifiers', fr: 'Une variable recueille ou envoie des identifiants sensibles' },
    explanation: {
      en: 'A `save:` variable named like a card number, CVV, IBAN, national ID, passport or password means the bot stores what WhatsApp\'s Business Messaging Policy forbids asking for in a chat; a `{{card_number}}` placeholder in a message sends it back, which the policy forbids too. Store a token or the last 4 digits instead, and collect the data outside the chat (payment link, WhatsApp Flow with a PCI-DSS provider, secure web form).',
      fr: 'Une variable `save:` nommée comme un numéro de carte, un CVV, un IBAN, un numéro d\'identité, un passeport ou un mot de passe signifie que le bot conserve ce que la politique WhatsApp Business interdit de demander dans une conversation ; un paramètre `{{card_number}}` dans un message le renvoie, ce qui est aussi interdit. Conservez un jeton ou les 4 derniers chiffres, et recueillez la donnée hors de la conversation (lien de paiement, WhatsApp Flow avec un prestataire PCI-DSS, formulaire web sécurisé).',
    },
    source: 'https://business.whatsapp.com/policy',
    messages: {
      save: { en: 'Step "{step}" saves {what} into "{name}". Do not collect it in the chat; keep a token or the last 4 digits.', fr: 'L\'étape « {step} » enregistre {what} dans « {name} ». Ne le recueillez pas dans la conversation ; gardez un jeton ou les 4 derniers chiffres.' },
      send: { en: 'This message sends "{name}" ({what}) to the user. Send a masked value (last 4 digits) instead.', fr: 'Ce message envoie « {name} » ({what}) à l\'utilisateur. Envoyez plutôt une valeur masquée (4 derniers chiffres).' },
      param: { en: 'Template parameter "{name}" would carry {what}. Send a masked value (last 4 digits) instead.', fr: 'Le paramètre de template « {name} » transporterait {what}. Envoyez plutôt une valeur masquée (4 derniers chiffres).' },
    },
    fix: 'none',
  },
  check(ctx) {
    const yaml = ctx.file.yaml;
    const flow = ctx.flow;
    if (flow) {
      for (const id of flow.stepOrder) {
        const step = flow.steps.get(id)!;
        if (typeof step.save !== 'string') continue;
        const kind = sensitiveVariable(step.save);
        if (kind) ctx.report({ messageId: 'save', data: { step: id, name: step.save, what: labelOf(kind, ctx.locale) }, path: ['steps', id, 'save'], target: 'value' });
      }
      for (const t of flowTexts(flow)) reportPlaceholders(t.path, t.text);
      for (const id of flow.stepOrder) {
        const params = flow.steps.get(id)!.params;
        if (!params) continue;
        for (let i = 0; i < params.length; i++) {
          const p = params[i];
          if (typeof p === 'string' && p.includes('{{')) reportPlaceholders(['steps', id, 'params', i], p);
        }
      }
    }
    for (const tpl of ctx.templates) {
      for (const t of templateTexts(tpl)) reportPlaceholders(t.path, t.text);
      // named parameters declared in examples
      for (const c of tpl.components) {
        for (const key of ['body_text_named_params', 'header_text_named_params'] as const) {
          c.example?.[key]?.forEach((p, i) => {
            const kind = typeof p?.param_name === 'string' ? sensitiveVariable(p.param_name) : undefined;
            // reported on the placeholder already when the text uses it
            if (kind && !placeholders(c.text).some((ph) => ph.name === p.param_name)) {
              ctx.report({ messageId: 'param', data: { name: p.param_name, what: labelOf(kind, ctx.locale) }, path: [...c.path, 'example', key, i, 'param_name'], target: 'value' });
            }
          });
        }
      }
    }

    function reportPlaceholders(path: readonly (string | number)[], text: string): void {
      // a placeholder starts with `{{`: most texts have none
      if (!text.includes('{{')) return;
      for (const ph of placeholders(text)) {
        const kind = sensitiveVariable(ph.name);
        if (!kind) continue;
        const node = yaml.node(path);
        const raw = node && isScalar(node) && node.range ? yaml.text.slice(node.range[0], node.range[1]) : '';
        const at = raw.indexOf(text.slice(ph.start, ph.end));
        const range = at >= 0 && node?.range ? { start: node.range[0] + at, end: node.range[0] + at + (ph.end - ph.start) } : yaml.rangeOf(path, 'value');
        ctx.report({ messageId: ctx.flow ? 'send' : 'param', data: { name: ph.name, what: labelOf(kind, ctx.locale) }, range });
      }
    }
  },
});
