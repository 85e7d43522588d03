import type { Rule } from '../types';

export const optoutRules: Rule[] = [];
