import * as z from 'zod';
import type { Path } from '../parse/yamlFile';
import { validateShape, type ShapeIssue } from './validate';

/**
 * Meta's `POST /{WABA_ID}/message_templates` payload, as is. Meta's own examples
 * mix `type: BODY` and `type: body`: enum values are read case-insensitively.
 */

export const CATEGORIES = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
export const COMPONENT_TYPES = ['HEADER', 'BODY', 'FOOTER', 'BUTTONS', 'CAROUSEL', 'LIMITED_TIME_OFFER', 'CALL_PERMISSION_REQUEST'] as const;
export const HEADER_FORMATS = ['TEXT', 'IMAGE', 'VIDEO', 'GIF', 'DOCUMENT', 'LOCATION', 'PRODUCT'] as const;
export const BUTTON_TYPES = ['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'FLOW', 'OTP', 'MPM', 'CATALOG', 'VOICE_CALL', 'SPM', 'APP'] as const;
export const PARAMETER_FORMATS = ['POSITIONAL', 'NAMED'] as const;

const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);
const upperEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(upper, z.enum(values));

const NamedParam = z.looseObject({ param_name: z.string(), example: z.union([z.string(), z.number()]) });

export const ExampleSchema = z.looseObject({
  header_text: z.array(z.union([z.string(), z.number()])).optional(),
  header_handle: z.array(z.string()).optional(),
  header_url: z.array(z.string()).optional(),
  body_text: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
  header_text_named_params: z.array(NamedParam).optional(),
  body_text_named_params: z.array(NamedParam).optional(),
});

export const TemplateButtonSchema = z.looseObject({
  type: upperEnum(BUTTON_TYPES),
  text: z.string().optional(),
  url: z.string().optional(),
  phone_number: z.string().optional(),
  example: z.union([z.string(), z.array(z.string())]).optional(),
  otp_type: z.preprocess(upper, z.enum(['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'])).optional(),
  autofill_text: z.string().optional(),
  zero_tap_terms_accepted: z.boolean().optional(),
  supported_apps: z.array(z.looseObject({ package_name: z.string(), signature_hash: z.string() })).optional(),
  flow_id: z.union([z.string(), z.number()]).optional(),
  flow_name: z.string().optional(),
  flow_json: z.string().optional(),
  flow_action: z.string().optional(),
  navigate_screen: z.string().optional(),
});

export const ComponentSchema: z.ZodType = z.looseObject({
  type: upperEnum(COMPONENT_TYPES),
  format: upperEnum(HEADER_FORMATS).optional(),
  text: z.string().optional(),
  example: ExampleSchema.optional(),
  buttons: z.array(TemplateButtonSchema).optional(),
  cards: z.array(z.looseObject({ components: z.array(z.lazy(() => ComponentSchema)) })).optional(),
  limited_time_offer: z.looseObject({ text: z.string().optional(), has_expiration: z.boolean().optional() }).optional(),
  add_security_recommendation: z.boolean().optional(),
  code_expiration_minutes: z.number().optional(),
});

export const TemplateShape = {
  name: z.string().meta({ description: 'Template name: lowercase letters, digits and underscores, at most 512 characters.' }),
  language: z.string().meta({ description: 'Language code, e.g. fr, en_US, pt_BR.' }),
  category: upperEnum(CATEGORIES).meta({ description: 'MARKETING, UTILITY or AUTHENTICATION. It sets the price.' }),
  parameter_format: upperEnum(PARAMETER_FORMATS).optional(),
  components: z.array(z.unknown()),
  message_send_ttl_seconds: z.number().optional(),
  allow_category_change: z.boolean().optional(),
  status: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  sub_category: z.string().optional(),
  previous_category: z.string().optional(),
};

export type ComponentType = (typeof COMPONENT_TYPES)[number];
export type ButtonType = (typeof BUTTON_TYPES)[number];
export type TemplateButton = z.output<typeof TemplateButtonSchema>;
export type Example = z.output<typeof ExampleSchema>;

export interface ComponentModel {
  type: ComponentType;
  index: number;
  path: Path;
  format?: string;
  text?: string;
  example?: Example;
  buttons?: TemplateButton[];
  cards?: { components: ComponentModel[]; path: Path }[];
  raw: Record<string, unknown>;
}

export interface TemplateModel {
  kind: 'template';
  name: string;
  language: string;
  category?: (typeof CATEGORIES)[number];
  /** The category as written, when it is not a valid one (legacy values). */
  rawCategory?: unknown;
  parameterFormat: 'POSITIONAL' | 'NAMED';
  status?: string;
  /** Path of the template object in its file. */
  path: Path;
  components: ComponentModel[];
  header?: ComponentModel;
  body?: ComponentModel;
  footer?: ComponentModel;
  buttons?: ComponentModel;
  raw: Record<string, unknown>;
}

export interface TemplateFileModel {
  kind: 'templates';
  /** How the file holds its templates. */
  layout: 'single' | 'list' | 'graph-api';
  templates: TemplateModel[];
  issues: ShapeIssue[];
}

export function looksLikeTemplateData(data: unknown): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  return Array.isArray(d.templates) || (Array.isArray(d.data) && (d.data.length === 0 || isTemplateish(d.data[0]))) || isTemplateish(d);
}

function isTemplateish(v: unknown): boolean {
  return !!v && typeof v === 'object' && ('components' in (v as object) || ('name' in (v as object) && 'category' in (v as object)));
}

/** Build templates from a file's data (single object, `templates:` list, or Graph API `data:`). */
export function buildTemplateFile(data: unknown): TemplateFileModel {
  const issues: ShapeIssue[] = [];
  const templates: TemplateModel[] = [];
  let layout: TemplateFileModel['layout'] = 'single';
  let items: { raw: unknown; path: Path }[] = [];
  const d = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  if (Array.isArray(d.templates)) {
    layout = 'list';
    items = d.templates.map((raw, i) => ({ raw, path: ['templates', i] }));
  } else if (Array.isArray(d.data)) {
    layout = 'graph-api';
    items = d.data.map((raw, i) => ({ raw, path: ['data', i] }));
  } else if (data && typeof data === 'object' && !Array.isArray(data)) {
    items = [{ raw: data, path: [] }];
  } else {
    issues.push({ rule: 'template/schema', path: [], target: 'line', message: { en: 'A template file holds one template object, a `templates:` list, or the `{ "data": [...] }` JSON of the Graph API.', fr: 'Un fichier de templates contient un objet template, une liste `templates:` ou le JSON `{ "data": [...] }` de la Graph API.' }, data: {} });
  }
  for (const { raw, path } of items) {
    const t = buildTemplate(raw, path, issues);
    if (t) templates.push(t);
  }
  return { kind: 'templates', layout, templates, issues };
}

function buildTemplate(raw: unknown, path: Path, issues: ShapeIssue[]): TemplateModel | undefined {
  const top = validateShape(TemplateShape, raw, path, issues, 'template/schema', { strict: false, required: ['name', 'language', 'category', 'components'] });
  if (!top) return undefined;
  const r = raw as Record<string, unknown>;
  const components = buildComponents(Array.isArray(r.components) ? r.components : [], [...path, 'components'], issues);
  const first = (t: ComponentType) => components.find((c) => c.type === t);
  return {
    kind: 'template',
    name: typeof top.name === 'string' ? top.name : '',
    language: typeof top.language === 'string' ? top.language : '',
    category: top.category,
    rawCategory: r.category,
    parameterFormat: top.parameter_format ?? 'POSITIONAL',
    status: top.status,
    path,
    components,
    header: first('HEADER'),
    body: first('BODY'),
    footer: first('FOOTER'),
    buttons: first('BUTTONS'),
    raw: r,
  };
}

function buildComponents(list: unknown[], base: Path, issues: ShapeIssue[]): ComponentModel[] {
  const out: ComponentModel[] = [];
  list.forEach((raw, index) => {
    const path = [...base, index];
    const res = ComponentSchema.safeParse(raw);
    let c: Record<string, unknown>;
    if (res.success) c = res.data as Record<string, unknown>;
    else {
      // keep what is valid, report the rest precisely
      const partial = validateShape((ComponentSchema as unknown as z.ZodObject).shape as Record<string, z.ZodType>, raw, path, issues, 'template/schema', { strict: false, required: ['type'] });
      if (!partial || typeof partial.type !== 'string') return;
      c = partial as Record<string, unknown>;
    }
    const cards = Array.isArray((raw as Record<string, unknown>)?.cards)
      ? ((raw as Record<string, unknown>).cards as unknown[]).map((card, ci) => {
          const cardPath = [...path, 'cards', ci];
          const comps = card && typeof card === 'object' && Array.isArray((card as Record<string, unknown>).components) ? ((card as Record<string, unknown>).components as unknown[]) : [];
          return { components: buildComponents(comps, [...cardPath, 'components'], issues), path: cardPath };
        })
      : undefined;
    out.push({
      type: c.type as ComponentType,
      index,
      path,
      format: c.format as string | undefined,
      text: c.text as string | undefined,
      example: c.example as Example | undefined,
      buttons: c.buttons as TemplateButton[] | undefined,
      cards,
      raw: raw as Record<string, unknown>,
    });
  });
  return out;
}

/** A `{{...}}` placeholder in a template text. */
export interface Placeholder {
  /** What is between the braces, trimmed: `1`, `first_name`. */
  name: string;
  /** Offsets of the whole `{{...}}` in the text. */
  start: number;
  end: number;
  positional: boolean;
}

const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function placeholders(text: string | undefined): Placeholder[] {
  if (!text) return [];
  const out: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    out.push({ name: m[1], start: m.index!, end: m.index! + m[0].length, positional: /^\d+$/.test(m[1]) });
  }
  return out;
}

/** Distinct parameter names of a text, in order of first use. */
export function parameterNames(text: string | undefined): string[] {
  const seen: string[] = [];
  for (const p of placeholders(text)) if (!seen.includes(p.name)) seen.push(p.name);
  return seen;
}

/** Number of parameters a sender must give for the template's body. */
export function bodyParameterCount(t: TemplateModel): number {
  return parameterNames(t.body?.text).length;
}
