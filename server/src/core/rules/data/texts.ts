import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { FlowModel } from '../../model/flowModel';
import type { ComponentModel, TemplateModel } from '../../model/template';
import type { Path, YamlFile } from '../../parse/yamlFile';
import type { OffsetRange } from '../../text';

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

/** Every user-facing text of a flow, in file order. */
export function flowTexts(flow: FlowModel): SentText[] {
  const out: SentText[] = [];
  for (const id of flow.stepOrder) {
    const s = flow.steps.get(id)!;
    const base = ['steps', id];
    const add = (path: Path, text: unknown, kind: SentText['kind']) => {
      if (typeof text === 'string' && text.trim()) out.push({ path, text, step: id, kind });
    };
    add([...base, 'say'], s.say, 'say');
    add([...base, 'ask'], s.ask, 'ask');
    add([...base, 'header'], s.header, 'header');
    add([...base, 'footer'], s.footer, 'footer');
    s.buttons?.forEach((b, i) => add([...base, 'buttons', i, 'title'], b?.title, 'button'));
    if (s.list) {
      add([...base, 'list', 'body'], s.list.body, 'list');
      add([...base, 'list', 'header'], s.list.header, 'list');
      add([...base, 'list', 'footer'], s.list.footer, 'list');
      s.list.sections?.forEach((sec, si) =>
        sec?.rows?.forEach((r, ri) => {
          add([...base, 'list', 'sections', si, 'rows', ri, 'title'], r?.title, 'list');
          add([...base, 'list', 'sections', si, 'rows', ri, 'description'], r?.description, 'list');
        }),
      );
    }
    add([...base, 'media', 'caption'], s.media?.caption, 'caption');
    if (s.ai && typeof s.ai === 'object') add([...base, 'ai', 'prompt'], s.ai.prompt, 'prompt');
  }
  return out;
}

/** Every text of a template (header, body, footer, buttons, carousel cards). */
export function templateTexts(t: TemplateModel): SentText[] {
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
