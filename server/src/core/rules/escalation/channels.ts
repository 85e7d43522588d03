import type { ResolvedConfig } from '../../config';
import { ESCALATION_TYPES } from '../../model/flow';
import { isInteractive, type FlowModel } from '../../model/flowModel';
import type { Path } from '../../parse/yamlFile';
import { fold } from '../../util/strings';
import { memoTable } from '../../util/memo';

/**
 * What counts as a direct path to a human, shared by the escalation rules.
 *
 * WhatsApp accepts: in-chat agent transfer, phone, email, web support form,
 * store visit. It does not accept social-media accounts (they need an account
 * on another service), other apps or app-store links, help-centre or FAQ pages,
 * or the site's home page.
 */

export type EscalationType = (typeof ESCALATION_TYPES)[number];

/** How a destination (URL, deep link, contact value) is classified. */
export type DestinationClass = 'social' | 'app' | 'help' | 'home' | 'form' | 'whatsapp' | 'web' | 'tel' | 'mail';

export const INDIRECT: ReadonlySet<DestinationClass> = new Set(['social', 'app', 'help', 'home']);

const SOCIAL_HOSTS = [
  'facebook.com', 'fb.com', 'fb.me', 'm.me', 'messenger.com', 'instagram.com', 'instagr.am', 'ig.me', 't.me', 'telegram.me', 'telegram.org', 'telegram.dog',
  'x.com', 'twitter.com', 'tiktok.com', 'linkedin.com', 'lnkd.in', 'snapchat.com', 'youtube.com', 'youtu.be', 'discord.gg', 'discord.com', 'pinterest.com',
  'threads.net', 'line.me', 'viber.com', 'vk.com', 'wechat.com', 'weixin.qq.com', 'signal.me', 'reddit.com', 'chat.whatsapp.com', 'whatsapp.com/channel',
];
const APP_HOSTS = ['apps.apple.com', 'itunes.apple.com', 'play.google.com', 'appgallery.huawei.com', 'onelink.me', 'app.link', 'page.link', 'apps.microsoft.com', 'galaxystore.samsung.com'];
const FORM_PATH = /(?:^|[/_.-])(?:contact(?:ez|er|o|ar|s)?|contact-us|form|forms|formulaire|formular|formulario|modulo|requests\/new|new-request|ticket|tickets|kontakt|contatto|contatti|contato|reclamation|reclamo|complaint|callback|rappel|rueckruf|ruckruf|support-request)(?:$|[/_.?#-])/;
const HELP_PATH = /(?:^|\/)(?:faq|faqs|help|aide|hc|kb|knowledge-?base|help-?cent(?:er|re)|centre-d?-?aide|aide-en-ligne|ayuda|ajuda|hilfe|aiuto|preguntas-frecuentes|perguntas-frequentes|domande-frequenti|articles?|questions-frequentes|support\/solutions)(?:$|[/?#.])/;
const HELP_HOST = /^(?:help|faq|aide|hilfe|ayuda|ajuda|aiuto|kb|knowledge|docs)\./;

/** Classify one URL, deep link, `tel:` or `mailto:` value. */
export function classifyUrl(raw: string): DestinationClass {
  const url = raw.trim().toLowerCase();
  if (url.startsWith('tel:')) return 'tel';
  if (url.startsWith('mailto:')) return 'mail';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(url);
  if (scheme && scheme[1] !== 'http' && scheme[1] !== 'https') return 'app';
  const rest = url.replace(/^https?:\/\//, '').replace(/^www\./, '');
  const slash = rest.search(/[/?#]/);
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  const hostIs = (h: string) => host === h || host.endsWith('.' + h);
  const hostPath = host + path;
  if (SOCIAL_HOSTS.some((h) => (h.includes('/') ? hostPath.startsWith(h) : hostIs(h)))) return 'social';
  if (hostIs('wa.me') || hostIs('api.whatsapp.com')) return /^\/?\d{6,}|phone=\d/.test(path) ? 'whatsapp' : 'social';
  if (APP_HOSTS.some(hostIs)) return 'app';
  if (FORM_PATH.test(path)) return 'form';
  if (HELP_HOST.test(host) || HELP_PATH.test(path)) return 'help';
  if (path.replace(/[/?#]+$/, '') === '') return 'home';
  return 'web';
}

export interface FoundLink {
  text: string;
  start: number;
  end: number;
  cls: DestinationClass;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+|\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`)\]]+|\b(?:[a-z0-9-]+\.)+(?:com|fr|me|net|org|io|app|co|es|de|it|pt|br|ly|gg|am|in|link)\/[^\s<>"'`)\]]*/gi;
const SOCIAL_NAMES = /\b(?:facebook|messenger|instagram|telegram|twitter|tiktok|linkedin|snapchat|discord|wechat|viber|signal)\b/gi;

/** URLs, deep links and social-network names in a text, with their classes. */
export function findLinks(text: string): FoundLink[] {
  const out: FoundLink[] = [];
  // neither expression matches an empty string: a plain `exec` loop visits what `matchAll` would
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const t = m[0].replace(/[.,;:!?]+$/, '');
    out.push({ text: t, start: m.index, end: m.index + t.length, cls: classifyUrl(t) });
  }
  // a network named next to its link is one destination, reported on the link
  if (!out.some((o) => o.cls === 'social')) {
    SOCIAL_NAMES.lastIndex = 0;
    for (let m = SOCIAL_NAMES.exec(text); m; m = SOCIAL_NAMES.exec(text)) {
      const start = m.index;
      if (out.some((o) => start >= o.start && start < o.end)) continue;
      out.push({ text: m[0], start, end: start + m[0].length, cls: 'social' });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** Words users type (or buttons say) to reach a person: fr, en, es, pt, de, it. */
export const AGENT_WORDS = [
  'conseiller', 'conseillere', 'agent', 'humain', 'humaine', 'personne', 'operateur', 'operatrice', 'human', 'person', 'operator', 'representative', 'advisor', 'adviser',
  'live chat', 'real person', 'agente', 'asesor', 'asesora', 'humano', 'persona', 'operador', 'operadora', 'atendente', 'atendimento', 'pessoa', 'mitarbeiter',
  'mitarbeiterin', 'berater', 'beraterin', 'mensch', 'kundenberater', 'operatore', 'operatrice', 'consulente', 'umano', 'assistenza',
];

const AGENT_RE = new RegExp(`\\b(?:${AGENT_WORDS.join('|')})\\b`);

export function mentionsAgent(text: string): boolean {
  return AGENT_RE.test(fold(text));
}

/** Words that present a text as the way to get help from the business. */
const CONTACT_RE = /\b(?:contact\w*|kontakt\w*|contatt\w*|joindre|ecrivez-nous|ecrire|write to us|message us|reach (?:us|out)|parler|talk to|speak|support|service client|customer service|customer care|assistance|aide|help|ayuda|ajuda|hilfe|aiuto|atendimento|atencion al cliente|kundenservice|servizio clienti|reclamation|complaint|escribenos|fale conosco|schreiben sie uns|scrivici)\b/;

export function presentsContact(text: string): boolean {
  return CONTACT_RE.test(fold(text)) || mentionsAgent(text);
}

/** A declared or step-level escalation channel. */
export interface Channel {
  type: EscalationType;
  value?: string;
  /** Path of the `value` (or of the entry / step when there is none). */
  valuePath: Path;
  hasValue: boolean;
  /** Path of the `type` / `handoff` value. */
  typePath: Path;
  /** The step that performs it (handoff steps, `escalation[].step`). */
  step?: string;
  source: 'declared' | 'step';
  /** Class of the value when it is a link. */
  cls?: DestinationClass;
  /** Kind accepted by the config and destination not indirect. */
  direct: boolean;
  accepted: boolean;
}

/** Channel kinds the config accepts (`escalation.accepted`), default all five. */
export function acceptedKinds(config: ResolvedConfig): readonly EscalationType[] {
  const a = config.data.escalation?.accepted;
  return a && a.length ? (a as EscalationType[]) : ESCALATION_TYPES;
}

/** The class of a contact value when it is a link (or mentions a social network); undefined for plain numbers, emails, addresses. */
export function valueClass(value: string): DestinationClass | undefined {
  const links = findLinks(value);
  if (links.length) return links[0].cls;
  if (/^\s*[a-z][a-z0-9+.-]*:\/\//i.test(value)) return classifyUrl(value);
  return undefined;
}

/** Channels per flow model, shared by the escalation rules of one lint run (same config). */
const channelMemo = memoTable<FlowModel, { config: ResolvedConfig; channels: readonly Channel[] }>();

/** The declared and step-level escalation channels of a flow, in file order. The list is shared: do not modify it. */
export function channelsOf(flow: FlowModel, config: ResolvedConfig): readonly Channel[] {
  const hit = channelMemo.get(flow);
  if (hit && hit.config === config) return hit.channels;
  const channels = collectChannels(flow, config);
  channelMemo.set(flow, { config, channels });
  return channels;
}

function collectChannels(flow: FlowModel, config: ResolvedConfig): Channel[] {
  const accepted = acceptedKinds(config);
  const out: Channel[] = [];
  flow.escalation.forEach((e, i) => {
    if (!e || !(ESCALATION_TYPES as readonly string[]).includes(e.type)) return;
    const hasValue = typeof e.value === 'string' && e.value.trim() !== '';
    out.push(channel(accepted, e.type, typeof e.value === 'string' ? e.value : undefined, hasValue, hasValue ? ['escalation', i, 'value'] : ['escalation', i, 'type'], ['escalation', i, 'type'], typeof e.step === 'string' ? e.step : undefined, 'declared'));
  });
  for (const id of flow.stepOrder) {
    const s = flow.steps.get(id)!;
    if (!s.handoff) continue;
    const hasValue = typeof s.value === 'string' && s.value.trim() !== '';
    out.push(channel(accepted, s.handoff, s.value, hasValue, hasValue ? ['steps', id, 'value'] : ['steps', id, 'handoff'], ['steps', id, 'handoff'], id, 'step'));
  }
  return out;
}

function channel(accepted: readonly EscalationType[], type: EscalationType, value: string | undefined, hasValue: boolean, valuePath: Path, typePath: Path, step: string | undefined, source: Channel['source']): Channel {
  const cls = typeof value === 'string' ? valueClass(value) : undefined;
  const ok = accepted.includes(type);
  return { type, value, hasValue, valuePath, typePath, step, source, cls, accepted: ok, direct: ok && !(cls && INDIRECT.has(cls)) };
}

/** Steps that are a direct escalation (handoff steps, declared escalation steps). */
export function escalationTargets(flow: FlowModel, channels: readonly Channel[]): Set<string> {
  const targets = new Set<string>();
  for (const c of channels) {
    if (!c.direct || !c.step || !flow.steps.has(c.step)) continue;
    // a declared entry naming a step whose own handoff is indirect does not make it direct
    const stepChannel = channels.find((o) => o.source === 'step' && o.step === c.step);
    if (stepChannel && !stepChannel.direct) continue;
    targets.add(c.step);
  }
  return targets;
}

/** Steps from which some path (edges, then global intents once the user can type) reaches `targets`. */
export function stepsReaching(flow: FlowModel, targets: ReadonlySet<string>): Set<string> {
  const preds = new Map<string, string[]>();
  for (const [from, edges] of flow.out) for (const e of edges) {
    if (!preds.has(e.to)) preds.set(e.to, []);
    preds.get(e.to)!.push(from);
  }
  const reach = new Set<string>();
  const stack = [...targets];
  while (stack.length) {
    const id = stack.pop()!;
    if (reach.has(id)) continue;
    reach.add(id);
    for (const p of preds.get(id) ?? []) if (!reach.has(p)) stack.push(p);
  }
  // A global intent is typed at an interactive step: if one leads to a target, every
  // interactive step reaches it, and so does every step that leads to an interactive step.
  const viaGlobal = flow.global.some((g) => g && typeof g.next === 'string' && reach.has(g.next));
  if (viaGlobal) {
    for (const id of flow.stepOrder) if (isInteractive(flow.steps.get(id)!)) stack.push(id);
    while (stack.length) {
      const id = stack.pop()!;
      if (reach.has(id) && !isInteractive(flow.steps.get(id)!)) continue;
      reach.add(id);
      for (const p of preds.get(id) ?? []) if (!reach.has(p)) stack.push(p);
    }
  }
  return reach;
}

const AGENT_KEYWORDS: Record<string, string[]> = {
  fr: ['conseiller', 'humain', 'agent'],
  en: ['agent', 'human', 'representative'],
  es: ['agente', 'asesor', 'humano'],
  pt: ['atendente', 'humano', 'agente'],
  de: ['mitarbeiter', 'berater', 'agent'],
  it: ['operatore', 'consulente', 'agente'],
};

/** Keywords for a suggested global intent, in the flow's language first (a shared list: do not modify it). */
export function agentKeywords(language: string): string[] {
  return AGENT_KEYWORDS[language] ?? AGENT_KEYWORDS.en;
}

const AGENT_TEXTS: Record<string, { button: string; say: string }> = {
  fr: { button: 'Parler à un humain', say: 'Je vous mets en relation avec un conseiller.' },
  en: { button: 'Talk to an agent', say: 'I am connecting you with one of our agents.' },
  es: { button: 'Hablar con agente', say: 'Te pongo en contacto con uno de nuestros agentes.' },
  pt: { button: 'Falar com atendente', say: 'Vou transferir você para um de nossos atendentes.' },
  de: { button: 'Mit Berater chatten', say: 'Ich verbinde Sie mit einem unserer Mitarbeiter.' },
  it: { button: 'Parla con operatore', say: 'Ti metto in contatto con un nostro operatore.' },
};

/** Button title (at most 20 characters) and hand-over text for the suggested agent step. */
export function agentTexts(language: string): { button: string; say: string } {
  return AGENT_TEXTS[language] ?? AGENT_TEXTS.en;
}
