import * as z from 'zod';

/** walint.config.yaml — data only, never code (safe in untrusted workspaces). */
const severity = z.enum(['error', 'warning', 'info', 'off']).meta({ description: 'error, warning, info, or off.' });

export const VERTICALS = ['general', 'retail', 'ecommerce', 'pharmacy', 'healthcare', 'alcohol', 'gambling', 'finance', 'bank', 'tobacco', 'weapons', 'dating', 'adult', 'supplements', 'crypto', 'lending', 'travel', 'telecom', 'education', 'government'] as const;

export const ConfigShape = {
  $schema: z.string().optional(),
  extends: z.string().optional().meta({ description: 'Reserved.' }),
  root: z.boolean().optional().meta({ description: 'Stop looking for configuration files in parent folders.' }),
  locale: z.enum(['en', 'fr']).optional().meta({ description: 'Language of messages (CLI); the editor follows VS Code\'s display language.' }),
  rules: z.record(z.string(), z.union([severity, z.looseObject({ severity: severity.optional() })])).optional().meta({ description: 'Severity per rule id (`flow/unknown-step: off`) or per group (`category/*: info`).' }),
  files: z.strictObject({
    flows: z.array(z.string()).optional().meta({ description: 'Globs of flow files besides *.flow.yaml.' }),
    templates: z.array(z.string()).optional().meta({ description: 'Globs of template files besides *.template(s).yaml|json.' }),
    ignore: z.array(z.string()).optional().meta({ description: 'Globs walint never reads.' }),
  }).optional(),
  vertical: z.enum(VERTICALS).optional().meta({ description: 'The business vertical, for WhatsApp Commerce Policy checks.' }),
  escalation: z.strictObject({
    accepted: z.array(z.enum(['agent', 'phone', 'email', 'web_form', 'store'])).optional().meta({ description: 'Escalation channels that count as a direct path to a human.' }),
  }).optional(),
  facts: z.record(z.string(), z.unknown()).optional().meta({ description: 'Override dated facts: limits, prices, dates (see docs/configuration.md, Facts).' }),
  timeline: z.looseObject({ start: z.string().optional() }).optional(),
};

export const ConfigSchema = z.strictObject(ConfigShape);
export type ConfigData = z.output<typeof ConfigSchema>;
