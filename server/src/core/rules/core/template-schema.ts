import { defineRule } from '../types';
import { LEGACY_CATEGORIES } from '../template/category';

export default defineRule({
  meta: {
    id: 'template/schema',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'A template must have the shape of Meta\'s message_templates payload', fr: 'Un template doit avoir la forme du payload message_templates de Meta' },
    explanation: {
      en: 'Template files hold exactly what `POST /{WABA_ID}/message_templates` accepts: name, language, category, components. A missing key or a value of the wrong type is rejected by the Graph API before any review.',
      fr: 'Un fichier de templates contient exactement ce qu\'accepte `POST /{WABA_ID}/message_templates` : name, language, category, components. Une clé manquante ou une valeur du mauvais type est refusée par la Graph API avant tout examen.',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {},
    fix: 'none',
  },
  check(ctx) {
    for (const i of ctx.file.templates?.issues ?? []) {
      if (i.rule !== 'template/schema') continue;
      // legacy categories (TRANSACTIONAL, OTP...) get a better message and a suggestion from template/category
      if (i.path[i.path.length - 1] === 'category' && String(i.data.value ?? '').toUpperCase() in LEGACY_CATEGORIES) continue;
      ctx.report({ message: i.message, data: i.data, path: i.path, target: i.target });
    }
  },
});
