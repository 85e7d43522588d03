import type { Rule } from '../types';
import generalAssistant from './general-assistant';
import missingScope from './missing-scope';

export const aiRules: Rule[] = [generalAssistant, missingScope];
