import { isMap, isSeq, type Node } from 'yaml';
import type { TextEdit } from '../../findings';
import { appendToSeq, indentAt, indentUnit, yamlScalar } from '../../fix/edits';
import type { TemplateModel } from '../../model/template';
import type { YamlFile } from '../../parse/yamlFile';
import { detectEol } from '../../text';
import { defineRule } from '../types';
import { isOptOutText, stopButtonLabel } from './shared';

/** Every button of a template, including those of carousel cards. */
function allButtons(t: TemplateModel) {
  const out = [...(t.buttons?.buttons ?? [])];
  for (const c of t.components) for (const card of c.cards ?? []) for (const cc of card.components) out.push(...(cc.buttons ?? []));
  return out;
}

function hasOptOut(t: TemplateModel): boolean {
  if (allButtons(t).some((b) => b.type === 'QUICK_REPLY' && isOptOutText(b.text))) return true;
  return isOptOutText(t.footer?.text) || isOptOutText(t.body?.text);
}

function quoteFor(yaml: YamlFile, value: string): string {
  return /^\s*[[{]/.test(yaml.text) ? JSON.stringify(value) : yamlScalar(value);
}

/**
 * Add a QUICK_REPLY to the template's BUTTONS component, right after its other
 * quick replies (they must stay grouped), or add a BUTTONS component.
 */
function addStopButton(yaml: YamlFile, t: TemplateModel, label: string, max: number): TextEdit[] | undefined {
  const json = /^\s*[[{]/.test(yaml.text);
  const k = (s: string) => (json ? JSON.stringify(s) : s);
  const flowItem = `{ ${k('type')}: ${k('QUICK_REPLY')}, ${k('text')}: ${quoteFor(yaml, label)} }`;
  if (t.buttons) {
    const list = t.buttons.buttons ?? [];
    if (list.length >= max) return undefined;
    const seqPath = [...t.buttons.path, 'buttons'];
    const seq = yaml.node(seqPath);
    if (!seq || !isSeq(seq) || !seq.range) return undefined;
    let lastQr = -1;
    list.forEach((b, i) => {
      if (b.type === 'QUICK_REPLY') lastQr = i;
    });
    const blockItem = (first: Node | undefined) =>
      first && isMap(first) && first.flow ? [flowItem] : ['type: QUICK_REPLY', `text: ${quoteFor(yaml, label)}`];
    if (lastQr < 0 || lastQr === list.length - 1) {
      const e = appendToSeq(yaml, seqPath, blockItem(seq.items[0] as Node | undefined));
      return e ? [e] : undefined;
    }
    // quick replies first, then other buttons: insert after the last quick reply
    const item = seq.items[lastQr] as Node | undefined;
    if (!item?.range) return undefined;
    if (seq.flow) return [{ start: item.range[1], end: item.range[1], newText: `, ${flowItem}` }];
    const eol = detectEol(yaml.text);
    const dash = yaml.text.lastIndexOf('-', item.range[0]);
    const indent = indentAt(yaml, dash);
    let end = item.range[1];
    while (end > 0 && /\s/.test(yaml.text[end - 1])) end--;
    const at = yaml.lines.lineEnd(yaml.lines.positionAt(end).line);
    const lines = blockItem(item);
    return [{ start: at, end: at, newText: eol + indent + '- ' + lines[0] + lines.slice(1).map((l) => eol + indent + '  ' + l).join('') }];
  }
  const comps = [...t.path, 'components'];
  const seq = yaml.node(comps);
  if (!seq || !isSeq(seq)) return undefined;
  const unit = indentUnit(yaml);
  const e = seq.flow
    ? appendToSeq(yaml, comps, [`{ ${k('type')}: ${k('BUTTONS')}, ${k('buttons')}: [${flowItem}] }`])
    : appendToSeq(yaml, comps, ['type: BUTTONS', 'buttons:', `${unit}- type: QUICK_REPLY`, `${unit}  text: ${quoteFor(yaml, label)}`]);
  return e ? [e] : undefined;
}

export default defineRule({
  meta: {
    id: 'optout/marketing-template-no-optout',
    // info: Meta shows opt-out buttons in its examples but does not require them (its own
    // marketing examples have none); users who cannot stop promotions block the number instead.
    severity: 'info',
    appliesTo: ['templates'],
    title: { en: 'A marketing template with no way to stop promotions', fr: 'Un template marketing sans moyen d\'arrêter les promotions' },
    explanation: {
      en: 'WhatsApp requires businesses to honour every request to stop messages, and people who cannot find a way out block or report the number instead, which lowers its quality rating and can limit how many messages it may send. Meta\'s own marketing examples carry a quick-reply button such as "Stop promotions". Give every MARKETING template an opt-out: a QUICK_REPLY button whose label says so, or a footer such as "Reply STOP to unsubscribe". Adding a button changes what Meta reviews, so the fix is offered as a suggestion.',
      fr: 'WhatsApp impose de respecter toute demande d\'arrêt, et les personnes qui ne trouvent pas comment se désabonner bloquent ou signalent le numéro : sa note de qualité baisse et son volume d\'envoi peut être limité. Les exemples marketing de Meta portent un bouton de réponse rapide du type « Arrêter les promos ». Donnez à chaque template MARKETING un moyen de se désinscrire : un bouton QUICK_REPLY explicite, ou un pied de page comme « Répondez STOP pour vous désinscrire ». Ajouter un bouton modifie ce que Meta examine : le correctif est une suggestion.',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      missing: {
        en: 'Marketing template "{name}" gives no way to stop promotions. Add a quick-reply button such as "{label}", or a footer like "Reply STOP to unsubscribe".',
        fr: 'Le template marketing « {name} » n\'offre aucun moyen d\'arrêter les promotions. Ajoutez un bouton de réponse rapide comme « {label} », ou un pied de page du type « Répondez STOP pour vous désinscrire ».',
      },
    },
    fix: 'suggestion',
    fixTitles: { addButton: { en: 'Add a "{label}" quick-reply button', fr: 'Ajouter un bouton de réponse rapide « {label} »' } },
  },
  check(ctx) {
    for (const t of ctx.templates) {
      if (t.category !== 'MARKETING' || hasOptOut(t)) continue;
      const label = stopButtonLabel(t.language);
      const carousel = t.components.some((c) => c.type === 'CAROUSEL');
      ctx.report({
        messageId: 'missing',
        data: { name: t.name, label },
        path: [...t.path, 'category'],
        target: 'value',
        // Carousel buttons live in the cards, which must all have the same buttons: edit by hand.
        suggest: carousel
          ? undefined
          : () => {
              const edits = addStopButton(ctx.file.yaml, t, label, ctx.facts.templateButtonsMax ?? 10);
              return edits ? [{ title: 'addButton', titleData: { label }, edits }] : [];
            },
      });
    }
  },
});
