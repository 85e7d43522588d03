import { PAYMENT_LINK_RE, PROHIBITED_GOODS, SALE_SIGNALS, type GoodsCategory, type Vertical } from '../../data/commerce';
import type { FlowModel } from '../../model/flowModel';
import type { Step } from '../../model/flow';
import type { TemplateModel } from '../../model/template';
import type { Path } from '../../parse/yamlFile';
import { fold } from '../../util/strings';
import { memoTable } from '../../util/memo';

/** Whole-word regular expression on folded text. */
function words(alternatives: readonly string[]): RegExp | undefined {
  if (!alternatives.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

interface CompiledCategory {
  category: GoodsCategory;
  strong?: RegExp;
  weak?: RegExp;
  selling?: RegExp;
}

const COMPILED: CompiledCategory[] = PROHIBITED_GOODS.map((category) => ({
  category,
  strong: words(category.strong),
  weak: words(category.weak),
  selling: words(category.selling ?? []),
}));
const SALE_RE = words(SALE_SIGNALS)!;
/** Every goods word of every category in one expression: most texts name none, and one scan rules them out. */
const ANY_GOODS_RE = words(PROHIBITED_GOODS.flatMap((c) => [...c.strong, ...c.weak, ...(c.selling ?? [])]))!;

/** One text of a message, where it is in the file. */
export interface TextField {
  path: Path;
  text: string;
  /** A URL (template URL button, media link): only checked for payment links. */
  url?: boolean;
}

/** A flow step or a template: the texts that reach the user together. */
export interface Unit {
  /** How the message names it: `step "x"` / `template "y"`. */
  kind: 'step' | 'template';
  name: string;
  fields: TextField[];
  /** Catalog / product features (MPM, CATALOG, SPM buttons, PRODUCT header). */
  catalog: { path: Path; what: string }[];
}

function addField(fields: TextField[], path: Path, v: unknown): void {
  if (typeof v === 'string' && v.trim()) fields.push({ path, text: v });
}

export function stepUnit(id: string, step: Step): Unit {
  const fields: TextField[] = [];
  addField(fields, ['steps', id, 'say'], step.say);
  addField(fields, ['steps', id, 'ask'], step.ask);
  addField(fields, ['steps', id, 'header'], step.header);
  addField(fields, ['steps', id, 'footer'], step.footer);
  const buttons = step.buttons;
  if (buttons) for (let i = 0; i < buttons.length; i++) addField(fields, ['steps', id, 'buttons', i, 'title'], buttons[i]?.title);
  const list = step.list;
  if (list) {
    addField(fields, ['steps', id, 'list', 'body'], list.body);
    addField(fields, ['steps', id, 'list', 'header'], list.header);
    addField(fields, ['steps', id, 'list', 'footer'], list.footer);
    addField(fields, ['steps', id, 'list', 'button'], list.button);
    const sections = list.sections;
    if (sections) {
      for (let si = 0; si < sections.length; si++) {
        const s = sections[si];
        addField(fields, ['steps', id, 'list', 'sections', si, 'title'], s?.title);
        const rows = s?.rows;
        if (!rows) continue;
        for (let ri = 0; ri < rows.length; ri++) {
          addField(fields, ['steps', id, 'list', 'sections', si, 'rows', ri, 'title'], rows[ri]?.title);
          addField(fields, ['steps', id, 'list', 'sections', si, 'rows', ri, 'description'], rows[ri]?.description);
        }
      }
    }
  }
  if (step.media) {
    addField(fields, ['steps', id, 'media', 'caption'], step.media.caption);
    if (typeof step.media.url === 'string') fields.push({ path: ['steps', id, 'media', 'url'], text: step.media.url, url: true });
  }
  return { kind: 'step', name: id, fields, catalog: [] };
}

export function templateUnit(t: TemplateModel): Unit {
  const fields: TextField[] = [];
  const catalog: Unit['catalog'] = [];
  const visit = (components: TemplateModel['components']) => {
    for (const c of components) {
      if (typeof c.text === 'string' && c.text.trim()) fields.push({ path: [...c.path, 'text'], text: c.text });
      if (c.type === 'HEADER' && c.format === 'PRODUCT') catalog.push({ path: [...c.path, 'format'], what: 'PRODUCT header' });
      c.buttons?.forEach((b, i) => {
        if (typeof b?.text === 'string' && b.text.trim()) fields.push({ path: [...c.path, 'buttons', i, 'text'], text: b.text });
        if (typeof b?.url === 'string') fields.push({ path: [...c.path, 'buttons', i, 'url'], text: b.url, url: true });
        if (b && (b.type === 'MPM' || b.type === 'CATALOG' || b.type === 'SPM')) catalog.push({ path: [...c.path, 'buttons', i, 'type'], what: `${b.type} button` });
      });
      for (const card of c.cards ?? []) visit(card.components);
    }
  };
  visit(t.components);
  return { kind: 'template', name: t.name, fields, catalog };
}

const unitsMemo = memoTable<FlowModel, readonly Unit[]>();

/** The units of a flow, one per step (computed once per model: do not modify them). */
export function flowUnits(flow: FlowModel): readonly Unit[] {
  let units = unitsMemo.get(flow);
  if (!units) unitsMemo.set(flow, (units = flow.stepOrder.map((id) => stepUnit(id, flow.steps.get(id)!))));
  return units;
}

const URL_IN_TEXT_RE = /\bhttps?:\/\/[^\s)>\]"']+/gi;

/** The first payment link of a unit (URL fields and links inside texts). */
export function paymentLink(unit: Unit): { path: Path; url: string } | undefined {
  for (const f of unit.fields) {
    const urls = f.url ? [f.text] : [...f.text.matchAll(URL_IN_TEXT_RE)].map((m) => m[0]);
    for (const u of urls) if (PAYMENT_LINK_RE.test(u)) return { path: f.path, url: u };
  }
  return undefined;
}

/**
 * Folding and the goods scan cost a few microseconds per text; on each keystroke
 * almost every text of a file is unchanged, so results are memoised by text
 * (bounded, pure: the same text always gives the same result).
 */
const SCAN_CACHE = new Map<string, { folded: string; goods: boolean }>();
const SCAN_CACHE_MAX = 50_000;

function scan(text: string): { folded: string; goods: boolean } {
  let r = SCAN_CACHE.get(text);
  if (!r) {
    const folded = fold(text);
    r = { folded, goods: ANY_GOODS_RE.test(folded) };
    if (SCAN_CACHE.size >= SCAN_CACHE_MAX) SCAN_CACHE.clear();
    SCAN_CACHE.set(text, r);
  }
  return r;
}

export interface GoodsHit {
  category: GoodsCategory;
  field: TextField;
  term: string;
  signal: string;
}

/**
 * Prohibited goods offered for sale in one unit: a goods term (strong anywhere,
 * weak only in the category's own vertical) and a sale signal somewhere in the
 * same message, or a phrase that is a sale by itself.
 */
export function findProhibitedSales(unit: Unit, vertical: Vertical | undefined): GoodsHit[] {
  // most messages name no goods at all: find out before building anything
  let goods = false;
  for (const f of unit.fields) if (!f.url && scan(f.text).goods) {
    goods = true;
    break;
  }
  if (!goods) return [];
  const scanned = unit.fields.filter((f) => !f.url).map((f) => ({ f, ...scan(f.text) }));
  const texts = scanned.filter((t) => t.goods);
  const all = scanned.map((t) => t.folded);
  let signal: string | undefined;
  for (const folded of all) {
    const m = SALE_RE.exec(folded);
    if (m) {
      signal = m[0];
      break;
    }
  }
  if (!signal) {
    const link = paymentLink(unit);
    if (link) signal = link.url;
    else if (unit.catalog.length) signal = unit.catalog[0].what;
  }
  const hits: GoodsHit[] = [];
  for (const c of COMPILED) {
    const own = vertical !== undefined && c.category.verticals.includes(vertical);
    let hit: GoodsHit | undefined;
    for (const { f, folded } of texts) {
      const sell = c.selling?.exec(folded);
      if (sell) {
        hit = { category: c.category, field: f, term: sell[0], signal: sell[0] };
        break;
      }
      if (!signal) continue;
      const m = c.strong?.exec(folded) ?? (own ? c.weak?.exec(folded) : null);
      if (m) {
        hit = { category: c.category, field: f, term: m[0], signal };
        break;
      }
    }
    if (hit) hits.push(hit);
  }
  return hits;
}
