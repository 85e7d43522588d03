import type { Rule } from '../types';

export const windowRules: Rule[] = [];
