import type { Rule } from './types';
import { coreRules } from './core/index';
import { flowRules } from './flow/index';
import { templateRules } from './template/index';
import { windowRules } from './window/index';
import { escalationRules } from './escalation/index';
import { dataRules } from './data/index';
import { categoryRules } from './category/index';
import { optoutRules } from './optout/index';
import { commerceRules } from './commerce/index';
import { aiRules } from './ai/index';

/** Every rule walint knows, by group. Adding a rule = one file + one line in its group's index. */
export const allRules: readonly Rule[] = [
  ...coreRules,
  ...flowRules,
  ...templateRules,
  ...windowRules,
  ...escalationRules,
  ...dataRules,
  ...categoryRules,
  ...optoutRules,
  ...commerceRules,
  ...aiRules,
];

const byId = new Map(allRules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
