import type { Rule } from '../types';
import unknownStep from './unknown-step';
import duplicateStep from './duplicate-step';
import missingStart from './missing-start';
import unreachableStep from './unreachable-step';
import deadEnd from './dead-end';
import replyButtons from './reply-buttons';
import listLimits from './list-limits';
import textLength from './text-length';
import templateWithButtons from './template-with-buttons';

export const flowRules: Rule[] = [unknownStep, duplicateStep, missingStart, unreachableStep, deadEnd, replyButtons, listLimits, textLength, templateWithButtons];
