import type { Rule } from '../types';

export const escalationRules: Rule[] = [];
