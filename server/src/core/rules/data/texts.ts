import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { FlowModel } from '../../model/flowModel';
import type { ComponentModel, TemplateModel } from '../../model/template';
import type { Path, YamlFile } from '../../parse/yamlFile';
import type { OffsetRange } from '../../text';
import { memoTable } from '../../util/memo';

/** A text the bot or a template sends to the user (or tells a model to say). */
export interface SentText {
  path: Path;
  text: string;
  /** The step it belongs to (flows). */
  step?: string;
  /** The template it belongs to (template files). */
  template?: string;
  /** What kind of text: the step key or template component it comes from. */
  kind: 'say' | 'ask' | 'button' | 'list' | 'caption' | 'header' | 'footer' | 'prompt' | 'body' | 'template-button';
}

const flowTextsMemo = memoTable<FlowModel, readonly SentText[]>();
const templateTextsMemo = memoTable<TemplateModel, readonly SentText[]>();

/** Every user-facing text of a flow, in file order (computed once per model: do not modify the list). */
export function flowTexts(flow: FlowModel): readonly SentText[] {
  let out = flowTextsMemo.get(flow);
  if (!out) flowTextsMemo.set(flow, (out = collectFlowTexts(flow)));
  return out;
}

function addText(out: SentText[], path: Path, text: unknown, step: string, kind: SentText['kind']): void {
  if (typeof text === 'string' && text.trim()) out.push({ path, text, step, kind });
}

function collectFlowTexts(flow: FlowModel): SentText[] {
  const out: SentText[] = [];
  for (const id of flow.stepOrder) {
    const s = flow.steps.get(id)!;
    addText(out, ['steps', id, 'say'], s.say, id, 'say');
    addText(out, ['steps', id, 'ask'], s.ask, id, 'ask');
    addText(out, ['steps', id, 'header'], s.header, id, 'header');
    addText(out, ['steps', id, 'footer'], s.footer, id, 'footer');
    const buttons = s.buttons;
    if (buttons) for (let i = 0; i < buttons.length; i++) addText(out, ['steps', id, 'buttons', i, 'title'], buttons[i]?.title, id, 'button');
    const list = s.list;
    if (list) {
      addText(out, ['steps', id, 'list', 'body'], list.body, id, 'list');
      addText(out, ['steps', id, 'list', 'header'], list.header, id, 'list');
      addText(out, ['steps', id, 'list', 'footer'], list.footer, id, 'list');
      const sections = list.sections;
      if (sections) {
        for (let si = 0; si < sections.length; si++) {
          const rows = sections[si]?.rows;
          if (!rows) continue;
          for (let ri = 0; ri < rows.length; ri++) {
            addText(out, ['steps', id, 'list', 'sections', si, 'rows', ri, 'title'], rows[ri]?.title, id, 'list');
            addText(out, ['steps', id, 'list', 'sections', si, 'rows', ri, 'description'], rows[ri]?.description, id, 'list');
          }
        }
      }
    }
    addText(out, ['steps', id, 'media', 'caption'], s.media?.caption, id, 'caption');
    if (s.ai && typeof s.ai === 'object') addText(out, ['steps', id, 'ai', 'prompt'], s.ai.prompt, id, 'prompt');
  }
  return out;
}

/** Every text of a template (header, body, footer, buttons, carousel cards); computed once per model: do not modify the list. */
export function templateTexts(t: TemplateModel): readonly SentText[] {
  let out = templateTextsMemo.get(t);
  if (!out) templateTextsMemo.set(t, (out = collectTemplateTexts(t)));
  return out;
}

function collectTemplateTexts(t: TemplateModel): SentText[] {
  const out: SentText[] = [];
  const visit = (c: ComponentModel) => {
    const kind: SentText['kind'] = c.type === 'HEADER' ? 'header' : c.type === 'FOOTER' ? 'footer' : 'body';
    if (typeof c.text === 'string' && c.text.trim()) out.push({ path: [...c.path, 'text'], text: c.text, template: t.name, kind });
    c.buttons?.forEach((b, i) => {
      if (typeof b?.text === 'string' && b.text.trim()) out.push({ path: [...c.path, 'buttons', i, 'text'], text: b.text, template: t.name, kind: 'template-button' });
    });
    c.cards?.forEach((card) => card.components.forEach(visit));
  };
  t.components.forEach(visit);
  return out;
}

/**
 * The exact source range of `needle` inside the scalar at `path`, when the
 * source spells it as the value does (plain or quoted without escapes on it);
 * else the whole value. Never throws.
 */
export function locate(yaml: YamlFile, path: Path, needle: string): OffsetRange {
  const node = yaml.node(path);
  if (needle && node && isScalar(node) && node.range) {
    const [start, end] = node.range;
    const at = yaml.text.slice(start, end).indexOf(needle);
    if (at >= 0) return { start: start + at, end: start + at + needle.length };
  }
  return yaml.rangeOf(path, 'value');
}

/** A scalar of the document with its path and source range. */
export interface ScalarSite {
  path: Path;
  start: number;
  end: number;
  /** The scalar as written in the file (quotes and escapes included). */
  source: string;
}

/** Every scalar value (not keys) of the document, in source order. */
export function scalarSites(yaml: YamlFile): ScalarSite[] {
  const out: ScalarSite[] = [];
  const walk = (node: unknown, path: (string | number)[], depth: number) => {
    if (!node || depth > 200) return;
    if (isScalar(node)) {
      if (node.range) out.push({ path: [...path], start: node.range[0], end: node.range[1], source: yaml.text.slice(node.range[0], node.range[1]) });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (k === undefined) continue;
        path.push(k);
        walk(pair.value, path, depth + 1);
        path.pop();
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        path.push(i);
        walk(item as Node, path, depth + 1);
        path.pop();
      });
    }
  };
  walk(yaml.root, [], 0);
  return out;
}

/** Base language code of a flow or template language: `pt_BR` -> `pt`. */
export function baseLanguage(language: string | undefined): string {
  return (language ?? '').toLowerCase().split(/[-_]/)[0] || 'en';
}
