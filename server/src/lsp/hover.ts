import type { SourceFile } from '../core/document';
import type { Facts } from '../core/facts';
import type { Finding } from '../core/findings';
import { keywordDoc } from '../core/hover/keywords';
import { format, type Locale } from '../core/i18n';
import type { Step } from '../core/model/flow';
import type { TemplateModel } from '../core/model/template';
import { ruleById } from '../core/rules/registry';
import { docsUrl } from '../core/rules/types';
import { parseDirectives } from '../core/suppress';
import type { OffsetRange } from '../core/text';
import type { WorkspaceIndex } from '../core/workspace';
import { locate, symbolAt } from './locate';

export interface HoverEnv {
  index: WorkspaceIndex;
  facts: Facts;
  locale: Locale;
  mask: (text: string) => string;
  /** Worst-case time since the user's last message when a step is reached (timeline engine), as text. */
  timeSinceUser?: (file: SourceFile, stepId: string) => string | undefined;
}

export interface HoverResult {
  markdown: string;
  range: OffsetRange;
}

const L = {
  source: { en: 'Source', fr: 'Source' },
  docs: { en: 'Documentation', fr: 'Documentation' },
  step: { en: 'Step', fr: 'Étape' },
  reachedFrom: { en: 'Reached from', fr: 'Atteinte depuis' },
  notReached: { en: 'No step leads here.', fr: 'Aucune étape ne mène ici.' },
  start: { en: 'the start of the flow', fr: 'le début du flow' },
  global: { en: 'global intent ({match})', fr: 'intention globale ({match})' },
  escalation: { en: 'escalation ({type})', fr: 'escalade ({type})' },
  missing: { en: 'This step does not exist in the flow.', fr: 'Cette étape n\'existe pas dans ce flow.' },
  sinceUser: { en: 'Worst case since the user\'s last message', fr: 'Au pire depuis le dernier message de l\'utilisateur' },
  template: { en: 'Template', fr: 'Template' },
  notFound: { en: 'No template named `{name}` in the workspace. Add its file, or check the name.', fr: 'Aucun template nommé `{name}` dans l\'espace de travail. Ajoutez son fichier ou vérifiez le nom.' },
  perMessage: { en: '{price} {currency} per delivered message (indicative)', fr: '{price} {currency} par message délivré (indicatif)' },
  free: { en: 'free', fr: 'gratuit' },
  languages: { en: 'Languages', fr: 'Langues' },
  does: {
    say: { en: 'Sends the text', fr: 'Envoie le texte' },
    ask: { en: 'Asks and waits for the answer', fr: 'Pose la question et attend la réponse' },
    template: { en: 'Sends the template', fr: 'Envoie le template' },
    buttons: { en: 'Offers buttons', fr: 'Propose les boutons' },
    list: { en: 'Shows a list', fr: 'Affiche une liste' },
    media: { en: 'Sends a {type}', fr: 'Envoie un média ({type})' },
    wait: { en: 'Waits {d} without a user message', fr: 'Attend {d} sans message de l\'utilisateur' },
    timeout: { en: 'Gives up waiting after {d}', fr: 'Cesse d\'attendre après {d}' },
    handoff: { en: 'Hands over to a human ({type})', fr: 'Passe la main à un humain ({type})' },
    optOut: { en: 'Records the user\'s opt-out', fr: 'Enregistre la désinscription de l\'utilisateur' },
    end: { en: 'Ends the conversation', fr: 'Termine la conversation' },
    branch: { en: 'Branches on a condition', fr: 'Oriente selon une condition' },
    call: { en: 'Calls a backend action', fr: 'Appelle une action du serveur' },
    ai: { en: 'Replies with a generated answer', fr: 'Répond avec une réponse générée' },
    next: { en: 'Then goes to', fr: 'Puis va à' },
  },
};

function clip(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

/** Markdown explaining a rule: title, explanation, source, docs link. */
export function ruleMarkdown(ruleId: string, locale: Locale, facts?: Facts): string | undefined {
  const rule = ruleById(ruleId);
  if (!rule) return undefined;
  const m = rule.meta;
  const data = facts ? flatFacts(facts) : {};
  const parts = [`**${format(m.title, locale, data)}** \`${m.id}\``, format(m.explanation, locale, data)];
  const source = /^https?:/.test(m.source) ? `[${m.source}](${m.source})` : `\`${m.source}\``;
  parts.push(`${L.source[locale]}: ${source} · [${L.docs[locale]}](${docsUrl(m.id)})`);
  return parts.join('\n\n');
}

function flatFacts(facts: Facts): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(facts)) if (typeof v !== 'object') out[k] = v as string | number;
  return out;
}

function describeStep(step: Step, locale: Locale, mask: (s: string) => string): string[] {
  const d = L.does;
  const lines: string[] = [];
  if (step.say !== undefined) lines.push(`${d.say[locale]}: “${mask(clip(step.say))}”`);
  if (step.ask !== undefined) lines.push(`${d.ask[locale]}: “${mask(clip(step.ask))}”`);
  if (step.template !== undefined) lines.push(`${d.template[locale]} \`${step.template}\``);
  if (step.buttons?.length) lines.push(`${d.buttons[locale]}: ${step.buttons.map((b) => `“${clip(String(b.title ?? ''), 40)}”${b.next ? ` → \`${b.next}\`` : ''}`).join(', ')}`);
  if (step.list) lines.push(`${d.list[locale]} (${step.list.sections?.reduce((n, s) => n + (s.rows?.length ?? 0), 0) ?? 0})`);
  if (step.media) lines.push(format(d.media[locale], locale, { type: step.media.type }));
  if (step.wait !== undefined) lines.push(format(d.wait[locale], locale, { d: String(step.wait) }));
  if (step.timeout !== undefined) lines.push(format(d.timeout[locale], locale, { d: String(step.timeout) }) + (step.on_timeout ? ` → \`${step.on_timeout}\`` : ''));
  if (step.handoff) lines.push(format(d.handoff[locale], locale, { type: step.handoff }));
  if (step.opt_out) lines.push(d.optOut[locale]);
  if (step.branch?.length) lines.push(d.branch[locale]);
  if (step.call !== undefined) lines.push(d.call[locale]);
  if (step.ai !== undefined) lines.push(d.ai[locale]);
  if (step.end) lines.push(d.end[locale]);
  if (step.next) lines.push(`${d.next[locale]} \`${step.next}\``);
  return lines;
}

function stepMarkdown(file: SourceFile, id: string, env: HoverEnv): string {
  const flow = file.flow!;
  const { locale } = env;
  const step = flow.steps.get(id);
  const parts = [`**${L.step[locale]} \`${id}\`**`];
  if (!step) {
    parts.push(L.missing[locale]);
    return parts.join('\n\n');
  }
  if (step.description) parts.push(env.mask(step.description));
  const does = describeStep(step, locale, env.mask);
  if (does.length) parts.push(does.map((l) => `- ${l}`).join('\n'));
  const incoming: string[] = [];
  if (flow.start === id) incoming.push(L.start[locale]);
  for (const from of flow.stepOrder) {
    for (const e of flow.out.get(from) ?? []) {
      if (e.to !== id) continue;
      incoming.push(`\`${from}\` (${e.via}${e.label && e.via !== 'else' ? `: “${clip(e.label, 40)}”` : ''})`);
    }
  }
  flow.global.forEach((g) => {
    if (g.next === id) incoming.push(format(L.global[locale], locale, { match: (g.match ?? []).slice(0, 4).join(', ') }));
  });
  flow.escalation.forEach((e) => {
    if (e.step === id) incoming.push(format(L.escalation[locale], locale, { type: e.type }));
  });
  parts.push(incoming.length ? `${L.reachedFrom[locale]}: ${incoming.join(', ')}` : L.notReached[locale]);
  const since = env.timeSinceUser?.(file, id);
  if (since) parts.push(`${L.sinceUser[locale]}: **${since}**`);
  return parts.join('\n\n');
}

/** A template's body with its example values in place of the placeholders. */
export function renderTemplateText(t: TemplateModel): { header?: string; body?: string; footer?: string } {
  const fill = (text: string | undefined, positional: (string | number)[] | undefined, named: { param_name: string; example: string | number }[] | undefined) =>
    text?.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => {
      if (/^\d+$/.test(name)) {
        const v = positional?.[Number(name) - 1];
        return v === undefined ? whole : String(v);
      }
      const v = named?.find((p) => p.param_name === name)?.example;
      return v === undefined ? whole : String(v);
    });
  const ex = (c: TemplateModel['body']) => c?.example;
  return {
    header: t.header?.format === undefined || t.header.format === 'TEXT' ? fill(t.header?.text, ex(t.header)?.header_text, ex(t.header)?.header_text_named_params) : `[${t.header.format}]`,
    body: fill(t.body?.text, ex(t.body)?.body_text?.[0], ex(t.body)?.body_text_named_params),
    footer: t.footer?.text,
  };
}

function templateMarkdown(name: string, language: string | undefined, env: HoverEnv): string {
  const { locale, index, facts } = env;
  const entry = index.findTemplate(name, language);
  if (!entry) return format(L.notFound[locale], locale, { name });
  const t = entry.template;
  const parts = [`**${L.template[locale]} \`${t.name}\`** (${t.language})`];
  if (t.category) {
    const price = facts.prices[t.category.toLowerCase() as 'marketing' | 'utility' | 'authentication'];
    const priceText = typeof price === 'number' ? (price === 0 ? L.free[locale] : format(L.perMessage[locale], locale, { price, currency: facts.prices.currency })) : '';
    parts.push(`\`${t.category}\`${priceText ? ` · ${priceText}` : ''}`);
  }
  const r = renderTemplateText(t);
  const quote = (s: string) => s.split(/\r?\n/).map((l) => `> ${env.mask(l)}`).join('\n');
  const text = [r.header ? `**${env.mask(r.header)}**` : '', r.body ?? '', r.footer ? `_${r.footer}_` : ''].filter(Boolean).join('\n\n');
  if (text) parts.push(quote(text));
  const buttons = t.buttons?.buttons?.map((b) => b.text).filter(Boolean);
  if (buttons?.length) parts.push(buttons.map((b) => `[ ${b} ]`).join(' '));
  const langs = index.templates(name).map((e) => e.template.language);
  if (langs.length > 1) parts.push(`${L.languages[locale]}: ${langs.join(', ')}`);
  return parts.join('\n\n');
}

function fillFacts(text: string, facts: Facts): string {
  return format(text, 'en', flatFacts(facts));
}

/** The hover at `offset`, most specific first: diagnostics, disable comments, symbols, keywords. */
export function hover(file: SourceFile, findings: readonly Finding[], offset: number, env: HoverEnv): HoverResult | undefined {
  const { locale } = env;
  const parts: string[] = [];
  let range: OffsetRange | undefined;
  // 1. diagnostics under the cursor
  const hits = findings.filter((f) => offset >= f.range.start && offset <= f.range.end);
  const seen = new Set<string>();
  for (const f of hits) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    const md = ruleMarkdown(f.rule, locale, env.facts);
    if (md) parts.push(md);
    range = range ?? f.range;
  }
  // 2. a rule id in a `# walint-disable` comment
  if (file.text.includes('walint-')) {
    for (const d of parseDirectives(file.text, file.yaml.lines)) {
      d.ruleRanges.forEach((r, i) => {
        if (offset < r.start || offset > r.end) return;
        const md = ruleMarkdown(d.rules[i], locale, env.facts);
        if (md && !seen.has(d.rules[i])) {
          parts.push(md);
          seen.add(d.rules[i]);
          range = r;
        }
      });
    }
  }
  // 3. a step id or a template name
  const sym = symbolAt(file, offset);
  if (sym) {
    parts.push(sym.kind === 'step' ? stepMarkdown(file, sym.id, env) : templateMarkdown(sym.name, sym.language, env));
    range = range ?? sym.range;
  } else if (file.flow || file.templates) {
    // 4. a policy keyword
    const loc = locate(file.yaml, offset);
    if (loc?.on === 'key') {
      const key = String(loc.path[loc.path.length - 1]);
      const doc = keywordDoc(key);
      if (doc) {
        parts.push(`**${doc.title[locale]}** \`${key}\`\n\n${fillFacts(doc.body[locale], env.facts)}${doc.source ? `\n\n${L.source[locale]}: [${doc.source}](${doc.source})` : ''}`);
        range = range ?? loc.range;
      }
    }
  }
  if (!parts.length || !range) return undefined;
  return { markdown: parts.join('\n\n---\n\n'), range };
}
