import type { Rule } from '../types';
import prohibitedGoods from './prohibited-goods';
import regulatedVertical from './regulated-vertical';

export const commerceRules: Rule[] = [prohibitedGoods, regulatedVertical];
