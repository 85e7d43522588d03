import type { Locale } from '../../i18n';
import type { Step } from '../../model/flow';
import { isInteractive, type FlowModel } from '../../model/flowModel';
import type { Path } from '../../parse/yamlFile';
import { fold } from '../../util/strings';

/**
 * Whether an `ai:` step makes the flow a general-purpose AI assistant (banned
 * by Meta's terms for AI providers) or is one task inside a business bot.
 */

const OPEN_DOMAIN = new RegExp(
  '(?<![a-z])(?:' +
    [
      // en
      'answer(?:s|ing)? (?:any|every|all) (?:kind of )?questions?', 'ask me (?:anything|any question)', 'any question you (?:have|like|want|can think of)', 'anything you (?:want|like)',
      'any (?:topic|subject)', 'chat about anything', 'talk about anything', '(?:general|general-purpose|all-purpose) (?:ai )?assistant', 'personal assistant', 'ai companion',
      'virtual (?:friend|girlfriend|boyfriend|companion)', 'write (?:essays|poems|stories|code) for', 'generate images?', '\\/imagine', 'like chatgpt', 'no restrictions', 'unrestricted',
      'open-ended', 'everything you want',
      // fr
"n'importe quelle question", "n'importe quel sujet", 'tous les sujets', 'toutes (?:les|vos|tes) questions', 'reponds? a tout', 'reponds? a toutes', 'repondre a toutes (?:les|vos|tes) questions',
      'parler de tout', 'discuter de tout', 'pose-moi (?:toutes|n\'importe)', 'assistant personnel', 'assistant polyvalent', 'ami virtuel', 'amie virtuelle', 'compagnon virtuel',
      'copine virtuelle', 'tout ce que tu veux', 'tout ce que vous voulez',
      // es
      'cualquier pregunta', 'cualquier tema', 'preguntame lo que quieras', 'lo que quieras', 'asistente personal', 'todas tus preguntas', 'todas sus preguntas',
      // pt
      'qualquer pergunta', 'qualquer assunto', 'pergunte o que quiser', 'o que quiser', 'assistente pessoal', 'todas as suas perguntas',
      // de
      'jede frage', 'alle (?:deine|ihre) fragen', 'frag mich alles', 'fragen sie mich alles', 'beliebige fragen?', 'personlicher assistent', 'uber alles (?:reden|sprechen|plaudern)',
      // it
      'qualsiasi domanda', 'qualsiasi cosa', 'qualunque domanda', 'qualunque argomento', 'chiedimi (?:tutto|qualsiasi cosa)', 'assistente personale', 'tutte le tue domande',
    ].join('|') +
    ')(?![a-z])',
);

/** "all your questions about your order": a scope follows, so it is not open-ended. */
const SCOPED_AFTER = /^\W{0,3}(?:\w+\W+){0,2}?(?:sur|about|on|concerning|regarding|related to|concernant|relatives?|au sujet|liees?|sobre|acerca|uber|zu|zur|zum|su|riguardo|relative|relativi|da|do|de (?:votre|ta|la|su|tu))\b/;

/** The open-domain phrase of a text, if any. */
export function openDomainPhrase(text: string | undefined): { start: number; end: number } | undefined {
  if (!text) return undefined;
  const f = fold(text.replace(/[\u2018\u2019]/g, "'"));
  const re = new RegExp(OPEN_DOMAIN.source, 'g');
  for (const m of f.matchAll(re)) {
    const end = m.index! + m[0].length;
    if (SCOPED_AFTER.test(f.slice(end, end + 40))) continue;
    return { start: m.index!, end };
  }
  return undefined;
}

export type AiVerdict =
  | { kind: 'primary'; path: Path }
  | { kind: 'open'; path: Path; phrase: string; where: Path }
  | { kind: 'catchAll'; path: Path }
  | { kind: 'unscoped'; path: Path }
  | { kind: 'ok'; path: Path };

export interface AiStepVerdict {
  step: string;
  verdict: AiVerdict;
}

function aiObject(step: Step): { prompt?: string; scope?: string; role?: string; topics?: string[] } {
  if (typeof step.ai === 'string') return { prompt: step.ai };
  if (step.ai && typeof step.ai === 'object') return step.ai;
  return {};
}

/** Steps that make up the business part of a bot: menus, questions, templates, backend actions, scoped AI. */
function hasBusinessFunction(flow: FlowModel, aiVerdictScoped: Set<string>): boolean {
  for (const id of flow.stepOrder) {
    const s = flow.steps.get(id)!;
    if (s.ai !== undefined) {
      if (aiVerdictScoped.has(id)) return true;
      continue;
    }
    if (s.template !== undefined || s.call !== undefined || s.branch !== undefined || s.ask !== undefined) return true;
    // a menu is a business function when one of its options goes somewhere else than the AI
    const opts = (flow.out.get(id) ?? []).filter((e) => e.via === 'button' || e.via === 'list');
    if (opts.some((e) => flow.steps.get(e.to) && flow.steps.get(e.to)!.ai === undefined && flow.steps.get(e.to)!.handoff === undefined && flow.steps.get(e.to)!.opt_out !== true)) return true;
  }
  return false;
}

/** The step the user first talks to: the start, or the first interactive step after non-interactive ones. */
function entryStep(flow: FlowModel): string | undefined {
  let id = flow.start;
  const seen = new Set<string>();
  while (id && flow.steps.has(id) && !seen.has(id)) {
    seen.add(id);
    const s = flow.steps.get(id)!;
    if (isInteractive(s)) return id;
    id = typeof s.next === 'string' ? s.next : undefined;
  }
  return undefined;
}

export function assessAiSteps(flow: FlowModel): AiStepVerdict[] {
  const aiSteps = flow.stepOrder.filter((id) => flow.steps.get(id)!.ai !== undefined);
  if (!aiSteps.length) return [];
  const scoped = new Set<string>();
  for (const id of aiSteps) {
    const a = aiObject(flow.steps.get(id)!);
    if (typeof a.scope === 'string' && a.scope.trim() && !openDomainPhrase(a.scope)) scoped.add(id);
  }
  // flow-level copy that sells an open-ended assistant
  let flowPhrase: { phrase: string; where: Path } | undefined;
  const flowTexts: { text: string | undefined; path: Path }[] = [{ text: flow.description, path: ['description'] }];
  for (const id of flow.stepOrder) {
    const s = flow.steps.get(id)!;
    flowTexts.push({ text: s.say, path: ['steps', id, 'say'] }, { text: s.ask, path: ['steps', id, 'ask'] });
  }
  for (const t of flowTexts) {
    const m = openDomainPhrase(t.text);
    if (m) {
      flowPhrase = { phrase: t.text!.slice(m.start, m.end), where: t.path };
      break;
    }
  }
  const business = hasBusinessFunction(flow, scoped);
  const entry = entryStep(flow);
  const catchAllGlobal = new Set(flow.global.filter((g) => g && Array.isArray(g.match) && g.match.some((m) => m === '*' || m === '.*' || m === 'any')).map((g) => g.next));
  return aiSteps.map((id) => {
    const s = flow.steps.get(id)!;
    const a = aiObject(s);
    const base: Path = ['steps', id, 'ai'];
    if (a.role === 'primary') return { step: id, verdict: { kind: 'primary', path: typeof s.ai === 'object' ? [...base, 'role'] : base } };
    // the step's own prompt, scope or topics describe an open-ended assistant
    const own: { text: string | undefined; path: Path }[] = [
      { text: a.scope, path: [...base, 'scope'] },
      { text: a.prompt, path: typeof s.ai === 'string' ? base : [...base, 'prompt'] },
      ...(a.topics ?? []).map((t, i) => ({ text: typeof t === 'string' ? t : undefined, path: [...base, 'topics', i] as Path })),
    ];
    for (const t of own) {
      const m = openDomainPhrase(t.text);
      if (m) return { step: id, verdict: { kind: 'open', path: base, phrase: t.text!.slice(m.start, m.end), where: t.path } };
    }
    if (scoped.has(id) || a.role === 'ancillary') return { step: id, verdict: scoped.has(id) ? { kind: 'ok', path: base } : { kind: 'unscoped', path: base } };
    if (flowPhrase) return { step: id, verdict: { kind: 'open', path: base, phrase: flowPhrase.phrase, where: flowPhrase.where } };
    if (!business && (id === entry || catchAllGlobal.has(id))) return { step: id, verdict: { kind: 'catchAll', path: base } };
    return { step: id, verdict: { kind: 'unscoped', path: base } };
  });
}

const MONTHS: Record<Locale, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** `2026-01-15` -> `15 January 2026` / `15 janvier 2026` (any other text as is). */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[locale][Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
