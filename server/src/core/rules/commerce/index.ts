import type { Rule } from '../types';

export const commerceRules: Rule[] = [];
