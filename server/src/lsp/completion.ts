import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver/node';
import type * as z from 'zod';
import type { SourceFile } from '../core/document';
import type { Locale } from '../core/i18n';
import { ESCALATION_TYPES, EXPECT_TYPES, FlowShape, StepShape, TRIGGERS } from '../core/model/flow';
import { CATEGORIES, TemplateShape, placeholders } from '../core/model/template';
import type { WorkspaceIndex } from '../core/workspace';
import { locate } from './locate';

/** Keys whose value is a step id of the flow. */
const STEP_REF_KEYS = new Set(['next', 'on_timeout', 'else', 'fallback', 'on_error', 'start', 'step']);

const ENUM_VALUES: Record<string, readonly string[]> = {
  trigger: TRIGGERS,
  handoff: ESCALATION_TYPES,
  type: ESCALATION_TYPES,
  expect: EXPECT_TYPES,
  category: CATEGORIES,
  automated: ['true', 'false'],
  opt_out: ['true'],
  end: ['true'],
};

const STEP_SNIPPETS: { label: string; doc: { en: string; fr: string }; body: string[] }[] = [
  { label: 'say', doc: { en: 'A step that sends a text and goes on', fr: 'Une étape qui envoie un texte et continue' }, body: ['${1:step_id}:', '  say: ${2:Text}', '  next: ${3}'] },
  { label: 'ask', doc: { en: 'A question; the flow waits for the answer', fr: 'Une question ; le flow attend la réponse' }, body: ['${1:step_id}:', '  ask: ${2:Question?}', '  expect: ${3|text,number,email,phone,date,choice,image,document,location,any|}', '  save: ${4:answer}', '  next: ${5}'] },
  { label: 'buttons', doc: { en: 'A message with reply buttons (at most 3)', fr: 'Un message avec des boutons de réponse (3 au plus)' }, body: ['${1:step_id}:', '  say: ${2:Text}', '  buttons:', '    - { title: ${3:Yes}, next: ${4} }', '    - { title: ${5:No}, next: ${6} }'] },
  { label: 'template', doc: { en: 'Send an approved template', fr: 'Envoyer un template approuvé' }, body: ['${1:step_id}:', '  template: ${2:template_name}', '  next: ${3}'] },
  { label: 'wait', doc: { en: 'The business waits (no user message in between)', fr: 'L\'entreprise attend (sans message de l\'utilisateur)' }, body: ['${1:step_id}:', '  wait: ${2:1h}', '  next: ${3}'] },
  { label: 'handoff', doc: { en: 'Hand over to a human agent', fr: 'Passer la main à un conseiller' }, body: ['${1:handoff}:', '  handoff: ${2|agent,phone,email,web_form,store|}', '  say: ${3:A person will answer you shortly.}'] },
  { label: 'opt_out', doc: { en: 'Record an opt-out', fr: 'Enregistrer une désinscription' }, body: ['${1:opt_out}:', '  opt_out: true', '  say: ${2:You will not receive messages from us any more.}'] },
  { label: 'end', doc: { en: 'End of the conversation', fr: 'Fin de la conversation' }, body: ['${1:done}:', '  end: true'] },
];

const BLOCK_SNIPPETS: Record<string, string[]> = {
  buttons: ['buttons:', '  - { title: ${1:Title}, next: ${2} }'],
  list: ['list:', '  button: ${1:Choose}', '  sections:', '    - rows:', '        - { title: ${2:Row}, next: ${3} }'],
  media: ['media:', '  type: ${1|image,video,document,audio,sticker|}', '  url: ${2}'],
  branch: ['branch:', '  - { if: ${1:condition}, next: ${2} }', '  - { else: ${3} }'],
  escalation: ['escalation:', '  - type: ${1|agent,phone,email,web_form,store|}', '    step: ${2}'],
  global: ['global:', '  - match: [${1:agent, human}]', '    next: ${2}'],
  components: ['components:', '  - type: BODY', '    text: ${1}'],
};

function describe(shape: Record<string, z.ZodType>, key: string): string | undefined {
  return (shape[key] as unknown as { description?: string }).description;
}

interface Line {
  indent: number;
  key?: string;
}

function parseLine(text: string): Line | undefined {
  if (!text.trim() || /^\s*#/.test(text)) return undefined;
  const m = /^(\s*)(-\s+)?([\w.-]+)\s*:/.exec(text);
  const indent = /^\s*/.exec(text)![0].length;
  return { indent, key: m?.[3] };
}

/** Keys from the cursor line up to the root, using indentation (works on broken YAML too). */
function keyChain(lines: string[], line: number, indent: number): string[] {
  const chain: string[] = [];
  let current = indent;
  for (let i = line - 1; i >= 0 && current > 0; i--) {
    const l = parseLine(lines[i]);
    if (!l || l.indent >= current) continue;
    if (l.key) chain.unshift(l.key);
    current = l.indent;
  }
  return chain;
}

export interface CompletionEnv {
  index: WorkspaceIndex;
  locale: Locale;
}

export function completions(file: SourceFile, pos: Position, env: CompletionEnv): CompletionItem[] {
  const { locale } = env;
  const lines = file.text.split(/\r?\n|\r/);
  const lineText = lines[pos.line] ?? '';
  const before = lineText.slice(0, pos.character);
  const isFlow = file.kind === 'flow';
  const isTemplates = file.kind === 'templates';

  // 1. inside `{{` : placeholders
  const open = before.lastIndexOf('{{');
  if (open >= 0 && before.indexOf('}}', open) < 0) {
    const prefix = before.slice(open + 2);
    if (/^\s*[\w]*$/.test(prefix)) {
      const range: Range = { start: { line: pos.line, character: open + 2 }, end: pos };
      const after = lineText.slice(pos.character);
      const close = after.trimStart().startsWith('}}') ? '' : '}}';
      return placeholderItems(file, pos, lineText, range, close);
    }
  }

  // 2. a value after `key:` (also in flow maps `{ title: x, next: y }`)
  const valueMatch = /(?:^|[{,\s-])([\w]+):\s*["']?([\w.-]*)$/.exec(before);
  if (valueMatch) {
    const key = valueMatch[1];
    const typed = valueMatch[2];
    const range: Range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
    if (isFlow && STEP_REF_KEYS.has(key)) {
      return (file.flow?.stepOrder ?? []).map((id, i) => {
        const step = file.flow!.steps.get(id)!;
        const what = ['say', 'ask', 'template', 'handoff', 'wait', 'end'].find((k) => (step as Record<string, unknown>)[k] !== undefined);
        return { label: id, kind: CompletionItemKind.Reference, detail: what, sortText: String(i).padStart(5, '0'), textEdit: { range, newText: id } };
      });
    }
    if (isFlow && key === 'template') return templateItems(env, range);
    const values = ENUM_VALUES[key];
    if (values && (isFlow || isTemplates)) return values.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: v } }));
    return [];
  }

  // 3. a key
  const keyMatch = /^(\s*)(-\s+)?([\w]*)$/.exec(before);
  if (!keyMatch) return [];
  const indent = keyMatch[1].length + (keyMatch[2]?.length ?? 0);
  const typed = keyMatch[3];
  const range: Range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
  const chain = indent === 0 ? [] : keyChain(lines, pos.line, indent);
  if (isFlow) {
    if (chain.length === 0) return keyItems(FlowShape, present(file, []), range, locale);
    if (chain.length === 1 && chain[0] === 'steps') {
      return STEP_SNIPPETS.map((s) => ({
        label: `${s.label} step`,
        kind: CompletionItemKind.Snippet,
        documentation: s.doc[locale],
        insertTextFormat: InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.adjustIndentation,
        textEdit: { range, newText: s.body.join('\n') },
        filterText: typed || s.label,
      }));
    }
    if (chain.length === 2 && chain[0] === 'steps') return keyItems(StepShape, present(file, ['steps', chain[1]]), range, locale);
    return [];
  }
  if (isTemplates) {
    const top = chain.length === 0 || (chain.length === 1 && (chain[0] === 'templates' || chain[0] === 'data'));
    if (top) return keyItems(TemplateShape, new Set(), range, locale);
  }
  return [];
}

function present(file: SourceFile, path: (string | number)[]): Set<string> {
  const data = file.yaml.node(path) as { items?: { key?: { value?: unknown } }[] } | undefined;
  return new Set((data?.items ?? []).map((p) => String(p.key?.value ?? '')));
}

function keyItems(shape: Record<string, z.ZodType>, existing: Set<string>, range: Range, locale: Locale): CompletionItem[] {
  void locale;
  const out: CompletionItem[] = [];
  for (const key of Object.keys(shape)) {
    if (existing.has(key) || key.startsWith('$')) continue;
    const block = BLOCK_SNIPPETS[key];
    const doc = describe(shape, key);
    out.push({
      label: key,
      kind: CompletionItemKind.Property,
      documentation: doc ? { kind: MarkupKind.Markdown, value: doc } : undefined,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range, newText: block ? block.join('\n') : `${key}: $0` },
    });
  }
  return out;
}

function templateItems(env: CompletionEnv, range: Range): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const name of [...env.index.templateNames()].sort()) {
    const variants = env.index.templates(name);
    const langs = [...new Set(variants.map((v) => v.template.language))].join(', ');
    const cats = [...new Set(variants.map((v) => v.template.category ?? '?'))].join(', ');
    const body = variants[0]?.template.body?.text;
    out.push({
      label: name,
      kind: CompletionItemKind.Value,
      detail: `${cats} · ${langs}`,
      labelDetails: { description: `${cats} · ${langs}` },
      documentation: body ? { kind: MarkupKind.Markdown, value: body } : undefined,
      textEdit: { range, newText: name },
    });
  }
  return out;
}

function placeholderItems(file: SourceFile, pos: Position, lineText: string, range: Range, close: string): CompletionItem[] {
  const names = new Set<string>();
  let max = 0;
  const scan = (text: string | undefined) => {
    for (const p of placeholders(text)) {
      if (p.positional) max = Math.max(max, Number(p.name));
      else names.add(p.name);
    }
  };
  if (file.templates) {
    // the text being edited: the scalar under the cursor, else the line
    const offset = file.yaml.lines.offsetAt(pos);
    const loc = locate(file.yaml, offset);
    scan(loc?.value ?? lineText);
    for (const t of file.templates.templates) {
      for (const c of t.components) {
        for (const p of c.example?.body_text_named_params ?? []) names.add(p.param_name);
        for (const p of c.example?.header_text_named_params ?? []) names.add(p.param_name);
      }
    }
  } else if (file.flow) {
    for (const step of file.flow.steps.values()) if (step.save) names.add(step.save);
  }
  const out: CompletionItem[] = [];
  if (file.templates) {
    for (let n = 1; n <= max + 1; n++) out.push({ label: `{{${n}}}`, kind: CompletionItemKind.Variable, sortText: String(n).padStart(3, '0'), filterText: String(n), textEdit: { range, newText: `${n}${close}` } });
  }
  for (const name of names) out.push({ label: `{{${name}}}`, kind: CompletionItemKind.Variable, filterText: name, textEdit: { range, newText: `${name}${close}` } });
  return out;
}
