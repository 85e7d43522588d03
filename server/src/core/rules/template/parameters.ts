import type { ComponentModel, TemplateModel } from '../../model/template';
import { defineRule, type RuleContext } from '../types';
import { addKey, formatOf, pieceTarget, rangeInText, scanTokens, str, templatePath, type Token } from './util';

export const NAMED_PARAM_RE = /^[a-z_][a-z0-9_]*$/;

/** The components whose text may hold parameters checked here: TEXT header, body, carousel card bodies. */
export function parameterTexts(t: TemplateModel): { c: ComponentModel; text: string; card: boolean }[] {
  const out: { c: ComponentModel; text: string; card: boolean }[] = [];
  const visit = (list: ComponentModel[], card: boolean) => {
    for (const c of list) {
      const text = str(c.raw.text);
      if (text !== undefined && (c.type === 'BODY' || (c.type === 'HEADER' && formatOf(c) === 'TEXT'))) out.push({ c, text, card });
      for (const k of c.cards ?? []) visit(k.components, true);
    }
  };
  visit(t.components, false);
  return out;
}

export default defineRule({
  meta: {
    id: 'template/parameters',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Parameters are well formed, numbered 1..n, consistent with parameter_format and well placed', fr: 'Les paramètres sont bien formés, numérotés 1..n, conformes à parameter_format et bien placés' },
    explanation: {
      en: 'A parameter is written `{{1}}` (POSITIONAL, numbered from 1 without gaps, in order) or `{{first_name}}` (NAMED: lowercase letters, digits and underscores, with `parameter_format: NAMED`). Meta\'s review rejects mismatched braces, special characters, gaps in the numbering, a body that starts or ends with a parameter (error 2388299), parameters side by side with nothing between them, and more than one parameter in a text header. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review',
      fr: 'Un paramètre s\'écrit `{{1}}` (POSITIONAL, numéroté à partir de 1, sans trou, dans l\'ordre) ou `{{prenom}}` (NAMED : minuscules, chiffres et underscores, avec `parameter_format: NAMED`). La revue de Meta refuse les accolades mal appariées, les caractères spéciaux, les trous dans la numérotation, un corps qui commence ou finit par un paramètre (erreur 2388299), deux paramètres collés sans texte entre eux, et plus d\'un paramètre dans un en-tête texte. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review',
    messages: {
      braces: { en: '"{raw}" has unbalanced or extra curly braces; write a parameter as {{1}} or {{name}}, with exactly two braces on each side.', fr: '« {raw} » a des accolades mal appariées ou en trop ; un paramètre s\'écrit {{1}} ou {{name}}, avec exactement deux accolades de chaque côté.' },
      spaces: { en: '"{raw}" has spaces inside the braces; write "{fixed}".', fr: '« {raw} » contient des espaces entre les accolades ; écrivez « {fixed} ».' },
      chars: { en: '"{raw}" holds characters a parameter cannot have; use digits ({{1}}) or lowercase letters, digits and underscores ({{name}}).', fr: '« {raw} » contient des caractères interdits dans un paramètre ; utilisez des chiffres ({{1}}) ou minuscules, chiffres et underscores ({{name}}).' },
      empty: { en: 'Empty parameter "{raw}". Put a number or a name between the braces, or remove them.', fr: 'Paramètre vide « {raw} ». Mettez un numéro ou un nom entre les accolades, ou supprimez-les.' },
      namedInPositional: { en: 'Parameter {{{name}}} is named but the template is POSITIONAL. Number it ({{1}}, {{2}}...) or set `parameter_format: NAMED` and use names everywhere.', fr: 'Le paramètre {{{name}}} est nommé mais le template est POSITIONAL. Numérotez-le ({{1}}, {{2}}...) ou indiquez `parameter_format: NAMED` et utilisez des noms partout.' },
      positionalInNamed: { en: 'Parameter {{{name}}} is a number but `parameter_format` is NAMED. Give it a name such as {{order_id}}.', fr: 'Le paramètre {{{name}}} est un numéro alors que `parameter_format` vaut NAMED. Donnez-lui un nom comme {{order_id}}.' },
      namedCharset: { en: 'Named parameter {{{name}}} must use lowercase letters, digits and underscores and start with a letter or underscore. Rename it "{fixed}".', fr: 'Le paramètre nommé {{{name}}} doit n\'utiliser que minuscules, chiffres et underscores et commencer par une lettre ou un underscore. Renommez-le « {fixed} ».' },
      gap: { en: 'Positional parameters must be numbered 1 to {n} without gaps; {{{missing}}} is missing. Renumber them.', fr: 'Les paramètres positionnels doivent être numérotés de 1 à {n} sans trou ; {{{missing}}} manque. Renumérotez-les.' },
      order: { en: '{{{name}}} appears before {{{expected}}}; number parameters in the order they first appear.', fr: '{{{name}}} apparaît avant {{{expected}}} ; numérotez les paramètres dans leur ordre d\'apparition.' },
      headerMax: { en: 'A text header may hold only one parameter; this is parameter number {count}. Move it to the body.', fr: 'Un en-tête texte ne peut contenir qu\'un paramètre ; celui-ci est le numéro {count}. Déplacez-le dans le corps.' },
      leading: { en: 'The body starts with parameter {raw}; Meta rejects leading or trailing parameters (error 2388299). Put some text before it.', fr: 'Le corps commence par le paramètre {raw} ; Meta refuse les paramètres en début ou en fin (erreur 2388299). Mettez du texte avant.' },
      trailing: { en: 'The body ends with parameter {raw} (punctuation after it still counts); Meta rejects leading or trailing parameters (error 2388299). Add a closing sentence.', fr: 'Le corps finit par le paramètre {raw} (la ponctuation qui suit compte encore) ; Meta refuse les paramètres en début ou en fin (erreur 2388299). Ajoutez une phrase de fin.' },
      adjacent: { en: 'Parameters {first} and {second} are side by side; Meta rejects parameters with nothing but spaces between them. Put words between them or merge them into one.', fr: 'Les paramètres {first} et {second} se suivent ; Meta refuse les paramètres séparés seulement par des espaces. Mettez des mots entre eux ou fusionnez-les.' },
      missingFormat: { en: 'Every parameter of this template is named, but `parameter_format: NAMED` is missing, so Meta reads them as positional and rejects them. Add `parameter_format: NAMED`.', fr: 'Tous les paramètres de ce template sont nommés, mais `parameter_format: NAMED` manque : Meta les lit comme positionnels et les refuse. Ajoutez `parameter_format: NAMED`.' },
    },
    fix: 'safe',
    fixTitles: {
      spaces: { en: 'Write {fixed}', fr: 'Écrire {fixed}' },
      addFormat: { en: 'Add parameter_format: NAMED', fr: 'Ajouter parameter_format: NAMED' },
    },
  },
  check(ctx) {
    for (const t of ctx.templates) checkTemplate(ctx, t);
  },
});

function checkTemplate(ctx: RuleContext, t: TemplateModel): void {
  const texts = parameterTexts(t);
  const declared = t.raw.parameter_format !== undefined;
  const named = t.parameterFormat === 'NAMED';
  const all = texts.flatMap(({ text }) => scanTokens(text).filter((k) => k.ok));
  // All named, no parameter_format: one finding on the template instead of one per parameter.
  const missingFormat = !declared && all.length > 0 && all.every((k) => !k.positional);
  if (missingFormat) {
    ctx.report({
      messageId: 'missingFormat',
      path: templatePath(t, 'name'),
      target: 'key',
      suggest: () => {
        const e = addKey(ctx, t.path, 'parameter_format', 'NAMED');
        return e ? [{ title: 'addFormat', edits: [e] }] : [];
      },
    });
  }
  for (const { c, text } of texts) {
    const path = [...c.path, 'text'];
    const tokens = scanTokens(text);
    const at = (k: Token) => pieceTarget(ctx, path, text, k.start, k.end);
    for (const k of tokens) {
      if (k.ok) continue;
      if (k.problem === 'spaces') {
        const fixed = `{{${k.name}}}`;
        ctx.report({
          messageId: 'spaces',
          data: { raw: k.raw, fixed },
          ...at(k),
          fix: () => {
            const r = rangeInText(ctx, path, text, k.start, k.end);
            return r && ctx.file.text.slice(r.start, r.end) === k.raw ? { title: 'spaces', titleData: { fixed }, edits: [{ ...r, newText: fixed }] } : undefined;
          },
        });
      } else ctx.report({ messageId: k.problem ?? 'braces', data: { raw: k.raw }, ...at(k) });
    }
    // `{{ 1 }}` is reported above but still counts as parameter 1 for the checks below.
    const ok = tokens.filter((k) => k.ok || k.problem === 'spaces');
    if (!missingFormat) {
      for (const k of ok) {
        if (named && k.positional) ctx.report({ messageId: 'positionalInNamed', data: { name: k.name }, ...at(k) });
        else if (!named && !k.positional) ctx.report({ messageId: 'namedInPositional', data: { name: k.name }, ...at(k) });
        else if (named && !NAMED_PARAM_RE.test(k.name)) ctx.report({ messageId: 'namedCharset', data: { name: k.name, fixed: k.name.toLowerCase().replace(/^(\d)/, '_$1') }, ...at(k) });
      }
    }
    if (!named) checkNumbering(ctx, ok.filter((k) => k.positional), (k) => at(k));
    if (c.type === 'HEADER') {
      ok.slice(1).forEach((k, i) => ctx.report({ messageId: 'headerMax', data: { count: i + 2 }, ...at(k) }));
    }
    if (c.type === 'BODY' && c === t.body) {
      const trimmedStart = text.length - text.trimStart().length;
      const first = ok[0];
      const leading = !!first && first.start === trimmedStart;
      if (leading) ctx.report({ messageId: 'leading', data: { raw: first.raw }, ...at(first) });
      const last = ok[ok.length - 1];
      // Punctuation after the last parameter still counts as ending with it (BSP reports).
      if (last && !(leading && last === first) && /^[\s\p{P}]*$/u.test(text.slice(last.end))) ctx.report({ messageId: 'trailing', data: { raw: last.raw }, ...at(last) });
    }
    for (let i = 1; i < ok.length; i++) {
      const between = text.slice(ok[i - 1].end, ok[i].start);
      if (/^\s*$/.test(between)) ctx.report({ messageId: 'adjacent', data: { first: ok[i - 1].raw, second: ok[i].raw }, ...at(ok[i]) });
    }
  }
}

function checkNumbering(ctx: RuleContext, tokens: Token[], at: (k: Token) => ReturnType<typeof pieceTarget>): void {
  const firstUse: Token[] = [];
  for (const k of tokens) if (!firstUse.some((f) => Number(f.name) === Number(k.name))) firstUse.push(k);
  if (!firstUse.length) return;
  const numbers = firstUse.map((k) => Number(k.name));
  const n = Math.max(...numbers);
  const missing: number[] = [];
  for (let i = 1; i <= n; i++) if (!numbers.includes(i)) missing.push(i);
  if (missing.length) {
    const after = firstUse.find((k) => Number(k.name) > missing[0])!;
    ctx.report({ messageId: 'gap', data: { n: firstUse.length, missing: missing[0] }, ...at(after) });
    return;
  }
  for (let i = 0; i < firstUse.length; i++) {
    if (numbers[i] !== i + 1) {
      ctx.report({ messageId: 'order', data: { name: firstUse[i].name, expected: i + 1 }, ...at(firstUse[i]) });
      return;
    }
  }
}
