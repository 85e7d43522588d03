import { charLength } from '../../util/strings';
import { defineRule, type RuleContext } from '../types';
import { buttonComponents, buttonExample, buttonsOf, category, scanTokens, str, type RawButton } from './util';
import type { TemplateModel } from '../../model/template';

/** Button types whose label the author writes and Meta requires. */
const TEXT_REQUIRED = new Set(['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'FLOW', 'MPM', 'VOICE_CALL']);

export default defineRule({
  meta: {
    id: 'template/buttons',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Button counts, grouping, labels, URLs, phone numbers and codes within Meta\'s limits', fr: 'Nombre, regroupement, libellés, URL, numéros et codes des boutons dans les limites de Meta' },
    explanation: {
      en: 'A template has at most 10 buttons: at most 2 URL, 1 PHONE_NUMBER and 1 COPY_CODE. Quick replies must sit together (all before or all after the other buttons). A label has 1 to 25 characters. A URL has at most 2000 characters and at most one parameter, at its very end. A phone number has at most 20 characters; a copy-code example at most 15. OTP buttons only exist in AUTHENTICATION templates. Meta refuses the template at creation otherwise. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
      fr: 'Un template a au plus 10 boutons, dont au plus 2 URL, 1 PHONE_NUMBER et 1 COPY_CODE. Les réponses rapides doivent être groupées (toutes avant ou toutes après les autres boutons). Un libellé fait de 1 à 25 caractères. Une URL fait au plus 2000 caractères et contient au plus un paramètre, tout à la fin. Un numéro de téléphone fait au plus 20 caractères ; un exemple de code à copier au plus 15. Les boutons OTP n\'existent que dans les templates AUTHENTICATION. Sinon Meta refuse le template à la création. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      tooMany: { en: 'This template has {count} buttons; Meta allows at most {max}. Remove {over}.', fr: 'Ce template a {count} boutons ; Meta en permet au plus {max}. Retirez-en {over}.' },
      tooManyOfType: { en: 'More than {max} {type} button(s): this is number {count}. Remove it or use another button type.', fr: 'Plus de {max} bouton(s) {type} : celui-ci est le numéro {count}. Supprimez-le ou utilisez un autre type de bouton.' },
      grouping: { en: 'QUICK_REPLY buttons must be grouped together, before or after all other buttons; this one is separated from the others by a {other} button. Move it next to the other quick replies.', fr: 'Les boutons QUICK_REPLY doivent être groupés, avant ou après tous les autres ; celui-ci est séparé des autres par un bouton {other}. Placez-le à côté des autres réponses rapides.' },
      noText: { en: 'This {type} button has no label. Add `text` (1 to {max} characters).', fr: 'Ce bouton {type} n\'a pas de libellé. Ajoutez `text` (1 à {max} caractères).' },
      textTooLong: { en: 'Button label has {length} characters; Meta allows at most {max}. Shorten it.', fr: 'Le libellé du bouton fait {length} caractères ; Meta en permet au plus {max}. Raccourcissez-le.' },
      noUrl: { en: 'This URL button has no `url`. Add the https:// address it opens.', fr: 'Ce bouton URL n\'a pas d\'`url`. Ajoutez l\'adresse https:// qu\'il ouvre.' },
      urlTooLong: { en: 'The URL has {length} characters (with its example value); Meta allows at most {max}. Shorten it.', fr: 'L\'URL fait {length} caractères (avec sa valeur d\'exemple) ; Meta en permet au plus {max}. Raccourcissez-la.' },
      urlParams: { en: 'A button URL may hold only one parameter; this one has {count}. Keep a single {{1}} at the end.', fr: 'Une URL de bouton ne peut contenir qu\'un paramètre ; celle-ci en a {count}. Gardez un seul {{1}} à la fin.' },
      urlParamEnd: { en: 'The URL parameter must be the last thing in the URL. Move {raw} to the end (e.g. https://example.com/track?id={{1}}).', fr: 'Le paramètre de l\'URL doit être tout à la fin. Déplacez {raw} à la fin (par ex. https://example.com/suivi?id={{1}}).' },
      noPhone: { en: 'This PHONE_NUMBER button has no `phone_number`. Add the number with its country code.', fr: 'Ce bouton PHONE_NUMBER n\'a pas de `phone_number`. Ajoutez le numéro avec son indicatif pays.' },
      phoneTooLong: { en: 'Phone number has {length} characters; Meta allows at most {max}.', fr: 'Le numéro de téléphone fait {length} caractères ; Meta en permet au plus {max}.' },
      copyCodeExample: { en: 'A COPY_CODE button needs an `example` code of at most {max} characters. Add one.', fr: 'Un bouton COPY_CODE a besoin d\'un code d\'`example` de {max} caractères au plus. Ajoutez-en un.' },
      copyCodeTooLong: { en: 'The copy-code example has {length} characters; Meta allows at most {max}. Shorten it.', fr: 'L\'exemple de code à copier fait {length} caractères ; Meta en permet au plus {max}. Raccourcissez-le.' },
      otpCategory: { en: 'OTP buttons are only for AUTHENTICATION templates, not {category}. Move the code to an authentication template, or use a COPY_CODE or URL button.', fr: 'Les boutons OTP sont réservés aux templates AUTHENTICATION, pas {category}. Envoyez le code par un template d\'authentification, ou utilisez un bouton COPY_CODE ou URL.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const t of ctx.templates) {
      const cat = category(t);
      for (const { c, card } of buttonComponents(t)) {
        const buttons = buttonsOf(c);
        if (!card) checkCounts(ctx, buttons, cat);
        for (const b of buttons) checkButton(ctx, t, b);
      }
    }
  },
});

function checkCounts(ctx: RuleContext, buttons: RawButton[], cat: string | undefined): void {
  const f = ctx.facts;
  if (buttons.length > f.templateButtonsMax) {
    ctx.report({ messageId: 'tooMany', data: { count: buttons.length, max: f.templateButtonsMax, over: buttons.length - f.templateButtonsMax }, path: buttons[f.templateButtonsMax].path, target: 'line' });
  }
  const limits: Record<string, number> = { URL: f.templateUrlButtonsMax, PHONE_NUMBER: 1, COPY_CODE: 1 };
  for (const [type, max] of Object.entries(limits)) {
    const of = buttons.filter((b) => b.type === type);
    of.slice(max).forEach((b, i) => ctx.report({ messageId: 'tooManyOfType', data: { type, max, count: max + i + 1 }, path: [...b.path, 'type'], target: 'value' }));
  }
  // Quick replies contiguous: once a run of QR ended, no QR may come again.
  let seenQr = false;
  let brokenBy: string | undefined;
  for (const b of buttons) {
    if (b.type === 'QUICK_REPLY') {
      if (brokenBy) {
        ctx.report({ messageId: 'grouping', data: { other: brokenBy }, path: [...b.path, 'type'], target: 'value' });
        break;
      }
      seenQr = true;
    } else if (seenQr && !brokenBy) brokenBy = b.type;
  }
  if (cat && cat !== 'AUTHENTICATION') {
    for (const b of buttons) if (b.type === 'OTP') ctx.report({ messageId: 'otpCategory', data: { category: cat }, path: [...b.path, 'type'], target: 'value' });
  }
}

function checkButton(ctx: RuleContext, t: TemplateModel, b: RawButton): void {
  const f = ctx.facts;
  const max = f.templateButtonTextMax;
  const text = str(b.raw.text);
  if (text === undefined || text.trim() === '') {
    if (TEXT_REQUIRED.has(b.type)) ctx.report({ messageId: 'noText', data: { type: b.type, max }, path: text === undefined ? [...b.path, 'type'] : [...b.path, 'text'], target: 'value' });
  } else if (charLength(text) > max) ctx.report({ messageId: 'textTooLong', data: { length: charLength(text), max }, path: [...b.path, 'text'], target: 'value' });
  const autofill = str(b.raw.autofill_text);
  if (autofill !== undefined && charLength(autofill) > max) ctx.report({ messageId: 'textTooLong', data: { length: charLength(autofill), max }, path: [...b.path, 'autofill_text'], target: 'value' });
  if (b.type === 'URL') {
    const url = str(b.raw.url);
    if (url === undefined) {
      ctx.report({ messageId: 'noUrl', path: [...b.path, 'type'], target: 'value' });
      return;
    }
    const path = [...b.path, 'url'];
    const tokens = scanTokens(url).filter((k) => k.ok);
    const example = buttonExample(b);
    // Meta's own examples give either the full URL or only the parameter's value.
    const full = example === undefined ? url : /^https?:\/\//i.test(example) ? example : tokens.length ? url.slice(0, tokens[0].start) + example + url.slice(tokens[0].end) : url;
    const length = Math.max(charLength(url), charLength(full));
    if (length > f.templateUrlMax) ctx.report({ messageId: 'urlTooLong', data: { length, max: f.templateUrlMax }, path, target: 'value' });
    if (tokens.length > 1) ctx.report({ messageId: 'urlParams', data: { count: tokens.length }, path, target: 'value' });
    else if (tokens.length === 1 && url.slice(tokens[0].end).trim() !== '') ctx.report({ messageId: 'urlParamEnd', data: { raw: tokens[0].raw }, path, target: 'value' });
  }
  if (b.type === 'PHONE_NUMBER') {
    const phone = str(b.raw.phone_number);
    if (phone === undefined) ctx.report({ messageId: 'noPhone', path: [...b.path, 'type'], target: 'value' });
    else if (charLength(phone) > f.templatePhoneNumberMax) ctx.report({ messageId: 'phoneTooLong', data: { length: charLength(phone), max: f.templatePhoneNumberMax }, path: [...b.path, 'phone_number'], target: 'value' });
  }
  if (b.type === 'COPY_CODE') {
    const code = buttonExample(b);
    if (code === undefined) {
      // Templates read back from the Graph API do not carry the example.
      if (t.status === undefined) ctx.report({ messageId: 'copyCodeExample', data: { max: f.templateCopyCodeMax }, path: [...b.path, 'type'], target: 'value' });
    } else if (charLength(code) > f.templateCopyCodeMax) ctx.report({ messageId: 'copyCodeTooLong', data: { length: charLength(code), max: f.templateCopyCodeMax }, path: [...b.path, 'example'], target: 'value' });
  }
}
