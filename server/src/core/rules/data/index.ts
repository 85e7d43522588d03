import type { Rule } from '../types';

export const dataRules: Rule[] = [];
