import type { Rule } from '../types';

export const templateRules: Rule[] = [];
