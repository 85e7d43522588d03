import { closest } from '../../util/strings';
import { defineRule } from '../types';
import type { TemplateModel } from '../../model/template';
import { memoTable } from '../../util/memo';
import { paramNames, str } from './util';

/** Send-time error codes for template statuses other than APPROVED. */
const STATUS_CODES: Record<string, string> = { PAUSED: '132015', DISABLED: '132016' };

export default defineRule({
  meta: {
    id: 'template/reference',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'A flow sends a template that exists, in its language, approved, with the right parameters', fr: 'Un flow envoie un template qui existe, dans sa langue, approuvé, avec les bons paramètres' },
    explanation: {
      en: 'A `template:` step is sent by name and language. WhatsApp refuses the send when no approved template has that name in that language (error 132001), when the number of body parameters differs from the template\'s (132000), when the template is paused after poor quality feedback (132015) or disabled (132016). The bot then sends nothing at that step. walint looks the template up among the template files of the workspace, in the step\'s `language` or else the flow\'s. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes',
      fr: 'Une étape `template:` est envoyée par nom et par langue. WhatsApp refuse l\'envoi quand aucun template approuvé ne porte ce nom dans cette langue (erreur 132001), quand le nombre de paramètres du corps diffère de celui du template (132000), quand le template est mis en pause après de mauvais retours (132015) ou désactivé (132016). Le bot n\'envoie alors rien à cette étape. walint cherche le template parmi les fichiers de templates de l\'espace de travail, dans la `language` de l\'étape ou à défaut celle du flow. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes',
    messages: {
      unknown: { en: 'No template named "{name}" in the workspace; sending it fails (error 132001).{hint}', fr: 'Aucun template nommé « {name} » dans l\'espace de travail ; l\'envoi échoue (erreur 132001).{hint}' },
      language: { en: 'Template "{name}" has no "{language}" version (it exists in {available}); sending it fails with error 132001. Add the translation or send another language.', fr: 'Le template « {name} » n\'a pas de version « {language} » (il existe en {available}) ; l\'envoi échoue avec l\'erreur 132001. Ajoutez la traduction ou envoyez une autre langue.' },
      params: { en: 'Template "{name}" expects {expected} body parameter(s) but this step gives {given}; the send fails with error 132000. Give exactly {expected} value(s) in `params`.', fr: 'Le template « {name} » attend {expected} paramètre(s) de corps mais cette étape en donne {given} ; l\'envoi échoue avec l\'erreur 132000. Donnez exactement {expected} valeur(s) dans `params`.' },
      status: { en: 'Template "{name}" ({language}) has status {status}; only APPROVED templates can be sent (error {code}). Wait for approval or fix the template.', fr: 'Le template « {name} » ({language}) a le statut {status} ; seuls les templates APPROVED peuvent être envoyés (erreur {code}). Attendez l\'approbation ou corrigez le template.' },
    },
    fix: 'suggestion',
    fixTitles: { rename: { en: 'Send "{to}" instead', fr: 'Envoyer « {to} » à la place' } },
  },
  check(ctx) {
    const flow = ctx.flow!;
    for (const id of flow.stepOrder) {
      const step = flow.steps.get(id)!;
      const name = step.template;
      if (typeof name !== 'string' || name === '') continue;
      const path = ['steps', id, 'template'];
      const variants = ctx.workspace.templates(name);
      if (!variants.length) {
        const near = closest(name, ctx.workspace.templateNames());
        const hint = near ? (ctx.locale === 'fr' ? ` Vouliez-vous dire « ${near} » ?` : ` Did you mean "${near}"?`) : '';
        ctx.report({
          messageId: 'unknown',
          data: { name, hint },
          path,
          target: 'value',
          suggest: near
            ? () => {
                const r = ctx.file.yaml.innerRange(path);
                return r ? [{ title: 'rename', titleData: { to: near }, edits: [{ ...r, newText: near }] }] : [];
              }
            : undefined,
        });
        continue;
      }
      const language = step.language ?? flow.language;
      const entry = language ? ctx.workspace.findTemplate(name, language) : variants[0];
      if (!entry) {
        const available = [...new Set(variants.map((v) => v.template.language))].sort().join(', ');
        ctx.report({ messageId: 'language', data: { name, language: language!, available }, path: step.language !== undefined ? ['steps', id, 'language'] : path, target: 'value', related: variants.map((v) => ({ file: v.uri, message: `${name} (${v.template.language})` })) });
        continue;
      }
      const t = entry.template;
      const status = t.status?.toUpperCase();
      if (status && status !== 'APPROVED') {
        ctx.report({ messageId: 'status', data: { name, language: t.language, status, code: STATUS_CODES[status] ?? '132001' }, path, target: 'value', related: [{ file: entry.uri, message: `${name} (${t.language}): ${status}` }] });
      }
      const expected = bodyParameterCount(t);
      const given = Array.isArray(step.params) ? step.params.length : 0;
      if (expected !== given) {
        ctx.report({ messageId: 'params', data: { name, expected, given }, path: step.params !== undefined ? ['steps', id, 'params'] : path, target: 'value', related: [{ file: entry.uri, message: `${name} (${t.language})` }] });
      }
    }
  },
});

/** Parameters of a template's body, counted once per template model (flows send the same templates from many steps). */
const parameterCounts = memoTable<TemplateModel, number>();

function bodyParameterCount(t: TemplateModel): number {
  let n = parameterCounts.get(t);
  if (n === undefined) parameterCounts.set(t, (n = paramNames(str(t.body?.raw.text)).length));
  return n;
}
