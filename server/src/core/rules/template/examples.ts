import type { ComponentModel, TemplateModel } from '../../model/template';
import type { Path } from '../../parse/yamlFile';
import { defineRule, type FixSpec, type RuleContext } from '../types';
import { addKey, buttonComponents, buttonExample, buttonsOf, examplesOf, formatOf, obj, scanTokens, str } from './util';
import { parameterTexts } from './parameters';

const MEDIA = ['IMAGE', 'VIDEO', 'GIF', 'DOCUMENT'];

export default defineRule({
  meta: {
    id: 'template/examples',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Every header, body and URL parameter and every media header has an example', fr: 'Chaque paramètre d\'en-tête, de corps et d\'URL et chaque en-tête média a un exemple' },
    explanation: {
      en: 'Meta reviews a template with sample values: each parameter of a text header (`example.header_text`), of the body (`example.body_text`, one list holding exactly one value per parameter) and of a URL button (`example`) needs one; NAMED templates give `header_text_named_params` / `body_text_named_params` entries whose `param_name` matches each parameter. Media headers need an uploaded sample (`example.header_handle`). Without them the creation call is refused. The quick fix inserts placeholder values to replace: they are what the reviewer reads. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
      fr: 'Meta examine un template avec des valeurs d\'exemple : chaque paramètre d\'un en-tête texte (`example.header_text`), du corps (`example.body_text`, une liste contenant exactement une valeur par paramètre) et d\'un bouton URL (`example`) en demande une ; les templates NAMED donnent des entrées `header_text_named_params` / `body_text_named_params` dont `param_name` correspond à chaque paramètre. Les en-têtes média demandent un échantillon envoyé (`example.header_handle`). Sans cela, la création est refusée. Le correctif insère des valeurs à remplacer : c\'est ce que lit l\'examinateur. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components',
    messages: {
      missing: { en: 'The {part} has {count} parameter(s) but no `example.{key}`. Add one example value per parameter; Meta reviews the template with them.', fr: 'Le {part} a {count} paramètre(s) mais pas d\'`example.{key}`. Ajoutez une valeur d\'exemple par paramètre ; Meta examine le template avec elles.' },
      notNested: { en: '`body_text` is a list of one list: write body_text: [["value 1", "value 2"]].', fr: '`body_text` est une liste contenant une liste : écrivez body_text: [["valeur 1", "valeur 2"]].' },
      count: { en: '`{key}` gives {given} value(s) but the {part} has {count} parameter(s). Give exactly one value per parameter.', fr: '`{key}` donne {given} valeur(s) mais le {part} a {count} paramètre(s). Donnez exactement une valeur par paramètre.' },
      emptyValue: { en: 'Example value {index} is empty. Give a realistic sample value.', fr: 'La valeur d\'exemple {index} est vide. Donnez une valeur réaliste.' },
      namedMissing: { en: 'Parameter {{{name}}} has no entry in `{key}`. Add { param_name: {name}, example: ... }.', fr: 'Le paramètre {{{name}}} n\'a pas d\'entrée dans `{key}`. Ajoutez { param_name: {name}, example: ... }.' },
      namedExtra: { en: '`{key}` has an entry for "{name}", which the text does not use. Remove it or fix its name.', fr: '`{key}` a une entrée pour « {name} », que le texte n\'utilise pas. Supprimez-la ou corrigez son nom.' },
      media: { en: 'A {format} header needs a sample: `example.header_handle` with the handle of an uploaded file (Resumable Upload API).', fr: 'Un en-tête {format} a besoin d\'un échantillon : `example.header_handle` avec l\'identifiant d\'un fichier envoyé (API Resumable Upload).' },
      url: { en: 'This URL has a parameter but no `example`. Add example: ["https://…/full-url-with-a-sample-value"].', fr: 'Cette URL a un paramètre mais pas d\'`example`. Ajoutez example: ["https://…/url-complete-avec-une-valeur"].' },
    },
    fix: 'suggestion',
    fixTitles: { add: { en: 'Add example values to fill in', fr: 'Ajouter des valeurs d\'exemple à compléter' } },
  },
  check(ctx) {
    for (const t of ctx.templates) {
      // Templates read back from the Graph API (with a status) may omit samples of approved templates.
      const readBack = t.status !== undefined;
      for (const { c, text } of parameterTexts(t)) {
        // An authentication body is preset by Meta: custom text is template/authentication's finding.
        if (t.category === 'AUTHENTICATION' && c.type === 'BODY') continue;
        checkText(ctx, t, c, text);
      }
      if (readBack) continue;
      const headers = [...t.components, ...t.components.flatMap((c) => (c.cards ?? []).flatMap((k) => k.components))].filter((c) => c.type === 'HEADER');
      for (const c of headers) {
        const format = formatOf(c);
        if (!format || !MEDIA.includes(format)) continue;
        const handle = obj(c.raw.example)?.header_handle;
        if (!(Array.isArray(handle) && handle.length > 0) && typeof handle !== 'string') ctx.report({ messageId: 'media', data: { format }, path: [...c.path, 'format'], target: 'value' });
      }
      for (const { c } of buttonComponents(t)) {
        for (const b of buttonsOf(c)) {
          if (b.type !== 'URL') continue;
          const url = str(b.raw.url);
          if (url && scanTokens(url).some((k) => k.ok) && buttonExample(b) === undefined) {
            ctx.report({
              messageId: 'url',
              path: [...b.path, 'url'],
              target: 'value',
              suggest: () => fixes(ctx, b.path, 'example', [url.replace(/\{\{[^{}]*\}\}/, 'TODO')], undefined),
            });
          }
        }
      }
    }
  },
});

function fixes(ctx: RuleContext, mapPath: Path, key: string, value: unknown, fallback: { path: Path; key: string; value: unknown } | undefined): FixSpec[] {
  const exists = ctx.file.yaml.node(mapPath) !== undefined;
  const e = exists ? addKey(ctx, mapPath, key, value) : fallback ? addKey(ctx, fallback.path, fallback.key, fallback.value) : undefined;
  return e ? [{ title: 'add', edits: [e] }] : [];
}

function checkText(ctx: RuleContext, t: TemplateModel, c: ComponentModel, text: string): void {
  const tokens = scanTokens(text).filter((k) => k.ok);
  if (!tokens.length) return;
  const named = t.parameterFormat === 'NAMED';
  const names: string[] = [];
  for (const k of tokens) if ((named ? !k.positional : k.positional) && !names.includes(k.name)) names.push(k.name);
  if (!names.length) return; // style mismatches are template/parameters' business
  const header = c.type === 'HEADER';
  const part = ctx.locale === 'fr' ? (header ? 'en-tête' : 'corps') : header ? 'header' : 'body';
  const ex = examplesOf(c);
  const readBack = t.status !== undefined;
  if (!named) {
    const key = ex.positionalKey;
    const raw = obj(c.raw.example)?.[key];
    const placeholders = names.map((n) => `TODO_${n}`);
    if (raw === undefined) {
      if (readBack) return;
      const value = header ? placeholders : [placeholders];
      ctx.report({ messageId: 'missing', data: { part, count: names.length, key }, path: [...c.path, 'text'], target: 'key', suggest: () => fixes(ctx, ex.path, key, value, { path: c.path, key: 'example', value: { [key]: value } }) });
      return;
    }
    const keyPath = [...ex.path, key];
    if (!header && Array.isArray(raw) && raw.length > 0 && !Array.isArray(raw[0])) {
      ctx.report({ messageId: 'notNested', path: keyPath, target: 'value' });
      return;
    }
    const values = ex.positional ?? [];
    if (values.length !== names.length) {
      ctx.report({ messageId: 'count', data: { key, given: values.length, part, count: names.length }, path: keyPath, target: 'value' });
      return;
    }
    values.forEach((v, i) => {
      if (v === null || v === undefined || String(v).trim() === '') ctx.report({ messageId: 'emptyValue', data: { index: i + 1 }, path: header ? [...keyPath, i] : [...keyPath, 0, i], target: 'value' });
    });
    return;
  }
  const key = ex.namedKey;
  const entries = ex.named;
  if (!entries) {
    if (readBack) return;
    const value = names.map((n) => ({ param_name: n, example: `TODO_${n}` }));
    ctx.report({ messageId: 'missing', data: { part, count: names.length, key }, path: [...c.path, 'text'], target: 'key', suggest: () => fixes(ctx, ex.path, key, value, { path: c.path, key: 'example', value: { [key]: value } }) });
    return;
  }
  const keyPath = [...ex.path, key];
  for (const n of names) {
    if (!entries.some((e) => e.name === n)) ctx.report({ messageId: 'namedMissing', data: { name: n, key }, path: keyPath, target: 'key' });
  }
  for (const e of entries) {
    if (!names.includes(e.name)) ctx.report({ messageId: 'namedExtra', data: { name: e.name, key }, path: [...keyPath, e.index, 'param_name'], target: 'value' });
  }
}
