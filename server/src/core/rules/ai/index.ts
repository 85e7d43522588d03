import type { Rule } from '../types';

export const aiRules: Rule[] = [];
