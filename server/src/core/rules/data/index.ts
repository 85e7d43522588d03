import type { Rule } from '../types';
import sensitiveRequest from './sensitive-request';
import sensitiveExpect from './sensitive-expect';
import cardNumber from './card-number';

export const dataRules: Rule[] = [sensitiveRequest, sensitiveExpect, cardNumber];
