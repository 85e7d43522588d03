import { pathToFileURL } from 'node:url';
import { format } from '../../core/i18n';
import { docsUrl } from '../../core/rules/types';
import type { Severity } from '../../core/findings';
import { span, type Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export const INFORMATION_URI = 'https://github.com/walint-dev/walint';

/** `flow/unknown-step` -> `FlowUnknownStep` (SARIF's readable rule name). */
function ruleName(id: string): string {
  return id.split(/[/-]/).map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join('');
}

function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export const formatSarif: Formatter = (ctx) => {
  const rules = ctx.rules.map((r) => {
    const title = format(r.meta.title, ctx.locale);
    const explanation = format(r.meta.explanation, ctx.locale);
    const source = /^https?:/.test(r.meta.source) ? r.meta.source : `${INFORMATION_URI}/blob/main/${r.meta.source}`;
    return {
      id: r.meta.id,
      name: ruleName(r.meta.id),
      shortDescription: { text: title },
      fullDescription: { text: explanation },
      help: {
        text: `${explanation}\n\nSource: ${source}\nDocumentation: ${docsUrl(r.meta.id)}`,
        markdown: `**${title}**\n\n${explanation}\n\nSource: <${source}>\n\n[Documentation](${docsUrl(r.meta.id)})`,
      },
      helpUri: docsUrl(r.meta.id),
      defaultConfiguration: { level: LEVEL[r.meta.severity] },
      properties: { tags: ['walint', r.meta.id.split('/')[0]] },
    };
  });
  const index = new Map(ctx.rules.map((r, i) => [r.meta.id, i]));
  const results = [];
  for (const file of ctx.files) {
    for (const f of file.findings) {
      const s = span(f);
      const ruleIndex = index.get(f.rule);
      results.push({
        ruleId: f.rule,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(file.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn },
            },
          },
        ],
      });
    }
  }
  let root = pathToFileURL(ctx.cwd).href;
  if (!root.endsWith('/')) root += '/';
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'walint', version: ctx.version, semanticVersion: ctx.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
