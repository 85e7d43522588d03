import type { Rule } from '../types';
import missing from './missing';
import notDirect from './not-direct';
import unreachable from './unreachable';
import invalidContact from './invalid-contact';

export const escalationRules: Rule[] = [missing, notDirect, unreachable, invalidContact];
