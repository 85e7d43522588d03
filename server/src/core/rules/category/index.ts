import type { Rule } from '../types';

export const categoryRules: Rule[] = [];
