import { isMap, isSeq, type Node } from 'yaml';
import type { TextEdit } from '../../findings';
import { appendToMap, appendToSeq, indentUnit, yamlScalar } from '../../fix/edits';
import type { FlowModel } from '../../model/flowModel';
import type { Step } from '../../model/flow';
import type { TemplateModel } from '../../model/template';
import type { YamlFile } from '../../parse/yamlFile';
import { detectEol } from '../../text';
import { fold } from '../../util/strings';
import type { WorkspaceIndex } from '../../workspace';

/**
 * Shared by the optout/*, optin/* and marketing/* rules: opt-out vocabulary in
 * several languages, "does this flow send marketing?", and the edits that add a
 * STOP intent and an opt-out step.
 */

/** Whole-word test on accent-folded, lower-cased text (Unicode-aware boundaries). */
export function wordRegExp(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Words a user types (or a button says) to stop messages: en, fr, es, pt, de, it.
 * Matched on folded text (no accents, lower case), so "Arrêt" matches "arret".
 */
export const STOP_WORDS = [
  'stop', 'stopp', 'unsubscribe', 'opt[ -]?out', 'optout',
  'arret', 'arreter', 'desinscri\\w*', 'desabonn\\w*', 'desinscription',
  'baja', 'darme de baja', 'cancelar', 'no mas promociones',
  'parar', 'sair', 'descadastr\\w*', 'cancelar inscricao',
  'abmelden', 'abbestellen', 'austragen',
  'annulla', 'disiscri\\w*', 'cancella\\w*',
];
export const STOP_RE = wordRegExp(STOP_WORDS);

/**
 * An opt-out affordance in a template text (quick reply label, footer or body):
 * the STOP words plus phrasings such as "no more promotions".
 */
const OPTOUT_TEXT_RE = wordRegExp([
  ...STOP_WORDS,
  '(?:no|stop) (?:more )?(?:promos?|promotions|offers|marketing)',
  '(?:plus de|pas de|arreter les) (?:promos?|promotions|offres)',
  'ne plus recevoir',
  'no (?:quiero|recibir) (?:mas )?(?:promociones|mensajes|ofertas)',
  'nao (?:quero )?receber',
  'keine (?:werbung|angebote|nachrichten)',
  'non (?:voglio )?(?:piu )?ricevere',
]);

export function isOptOutText(text: string | undefined): boolean {
  return !!text && OPTOUT_TEXT_RE.test(fold(text));
}

export function isStopKeyword(word: string): boolean {
  return STOP_RE.test(fold(word.trim()));
}

/** Stop words that cannot mean anything else ("cancelar", "annulla", "sair" may cancel an order or leave a menu). */
const STRONG_STOP_RE = wordRegExp(['stop', 'stopp', 'unsubscribe', 'opt[ -]?out', 'optout', 'arret', 'arreter', 'desinscri\\w*', 'desabonn\\w*', 'baja', 'darme de baja', 'descadastr\\w*', 'abmelden', 'abbestellen', 'disiscri\\w*']);

export function isStrongStopKeyword(word: string): boolean {
  return STRONG_STOP_RE.test(fold(word.trim()));
}

/** The base language of a code: `pt_BR` -> `pt`. */
export function baseLanguage(code: string | undefined): string {
  return (code ?? '').split(/[-_]/)[0].toLowerCase();
}

/** Quick-reply label offered by the fix, in the template's language (all <= 25 characters). */
export const STOP_BUTTON_LABEL: Record<string, string> = {
  en: 'Stop promotions',
  fr: 'Arrêter les promos',
  es: 'No más promociones',
  pt: 'Parar promoções',
  de: 'Abmelden',
  it: 'Stop promozioni',
  nl: 'Stop promoties',
};

export function stopButtonLabel(language: string | undefined): string {
  return STOP_BUTTON_LABEL[baseLanguage(language)] ?? STOP_BUTTON_LABEL.en;
}

/** Keywords of the global STOP intent the fix adds, by flow language. */
const STOP_KEYWORDS: Record<string, string[]> = {
  en: ['STOP', 'UNSUBSCRIBE'],
  fr: ['STOP', 'ARRET', 'DESINSCRIPTION'],
  es: ['STOP', 'BAJA', 'CANCELAR'],
  pt: ['STOP', 'PARAR', 'SAIR'],
  de: ['STOP', 'ABMELDEN'],
  it: ['STOP', 'ANNULLA'],
};

/** What the added opt-out step says, by flow language. */
const OPT_OUT_SAY: Record<string, string> = {
  en: 'Done: you will not receive our promotional messages any more.',
  fr: 'C\'est noté : vous ne recevrez plus nos messages promotionnels.',
  es: 'Listo: ya no recibirás nuestros mensajes promocionales.',
  pt: 'Pronto: você não receberá mais nossas mensagens promocionais.',
  de: 'Erledigt: Sie erhalten keine Werbenachrichten mehr von uns.',
  it: 'Fatto: non riceverai più i nostri messaggi promozionali.',
};

export function stopKeywords(language: string | undefined): string[] {
  return STOP_KEYWORDS[baseLanguage(language)] ?? STOP_KEYWORDS.en;
}

/** A template a step sends, resolved in the workspace with the step's or the flow's language. */
export function sentTemplate(ws: WorkspaceIndex, flow: FlowModel, step: Step): TemplateModel | undefined {
  if (typeof step.template !== 'string') return undefined;
  return ws.findTemplate(step.template, step.language ?? flow.language)?.template;
}

/** Steps of the flow that send a MARKETING template (in file order). */
export function marketingSteps(ws: WorkspaceIndex, flow: FlowModel): { id: string; template: TemplateModel }[] {
  const out: { id: string; template: TemplateModel }[] = [];
  for (const id of flow.stepOrder) {
    const t = sentTemplate(ws, flow, flow.steps.get(id)!);
    if (t?.category === 'MARKETING') out.push({ id, template: t });
  }
  return out;
}

/** Promotional wording in a free-form text (en, fr, es, pt, de, it). */
const PROMO_RE = wordRegExp([
  'promo\\w*', 'discount\\w*', 'sale', 'soldes', 'reduction\\w*', 'rebajas', 'descuento\\w*', 'desconto\\w*', 'rabatt\\w*', 'angebot\\w*',
  'sconto', 'sconti', 'offerta\\w*', 'special offer', 'offre speciale', 'black friday', 'code promo', 'coupon\\w*', '-?\\d{1,2} ?%',
]);

export function isPromotional(text: string | undefined): boolean {
  return !!text && PROMO_RE.test(fold(text));
}

/** Steps with promotional free-form text (say/ask/caption), for business-initiated flows. */
export function promotionalStep(flow: FlowModel): { id: string; key: 'say' | 'ask' } | undefined {
  for (const id of flow.stepOrder) {
    const s = flow.steps.get(id)!;
    if (isPromotional(s.say)) return { id, key: 'say' };
    if (isPromotional(s.ask)) return { id, key: 'ask' };
  }
  return undefined;
}

/** The first step with `opt_out: true`. */
export function optOutStepIds(flow: FlowModel): string[] {
  return flow.stepOrder.filter((id) => flow.steps.get(id)!.opt_out === true);
}

/** A step id not used yet: `opt_out`, `opt_out_2`... */
function freeStepId(flow: FlowModel, base: string): string {
  if (!flow.steps.has(base)) return base;
  let i = 2;
  while (flow.steps.has(`${base}_${i}`)) i++;
  return `${base}_${i}`;
}

function isJsonText(yaml: YamlFile): boolean {
  return /^\s*\{/.test(yaml.text);
}

/**
 * Edits that add a global STOP intent leading to `target` (an existing opt-out
 * step) or, when `target` is undefined, to a new `opt_out` step added at the end
 * of `steps`. Comments and formatting are kept.
 */
export function addStopIntentEdits(yaml: YamlFile, flow: FlowModel, target?: string): TextEdit[] | undefined {
  if (isJsonText(yaml)) return undefined; // JSON flows: the author edits by hand
  const lang = flow.language;
  const stepId = target ?? freeStepId(flow, 'opt_out');
  const match = `[${stopKeywords(lang).join(', ')}]`;
  const unit = indentUnit(yaml);
  const edits: TextEdit[] = [];
  const global = yaml.node(['global']);
  if (global && isSeq(global)) {
    const e = global.flow
      ? appendToSeq(yaml, ['global'], [`{ match: ${match}, next: ${stepId} }`])
      : appendToSeq(yaml, ['global'], [`match: ${match}`, `next: ${stepId}`]);
    if (!e) return undefined;
    edits.push(e);
  } else if (global === undefined && yaml.pair(['global']) === undefined) {
    // insert a `global:` block just before `steps:` (or at the end of the file)
    const stepsKey = yaml.pair(['steps'])?.key as Node | undefined;
    const eol = detectEol(yaml.text);
    const block = `global:${eol}${unit}- match: ${match}${eol}${unit}  next: ${stepId}${eol}`;
    if (stepsKey?.range) {
      const at = yaml.lines.lineStart(yaml.lines.positionAt(stepsKey.range[0]).line);
      if (yaml.lines.positionAt(stepsKey.range[0]).character !== 0) return undefined;
      edits.push({ start: at, end: at, newText: block });
    } else return undefined;
  } else return undefined; // `global:` with an odd shape: leave it to the author
  if (!target) {
    const steps = yaml.node(['steps']);
    if (!steps || !isMap(steps)) return undefined;
    const say = OPT_OUT_SAY[baseLanguage(lang)] ?? OPT_OUT_SAY.en;
    const e = steps.flow
      ? undefined
      : appendToMap(yaml, ['steps'], [`${stepId}:`, `${unit}opt_out: true`, `${unit}say: ${yamlScalar(say)}`]);
    if (!e) return undefined;
    edits.push(e);
  }
  return edits;
}
