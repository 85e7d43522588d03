import type { Rule } from '../types';
import unknownStep from './unknown-step';
import duplicateStep from './duplicate-step';
import missingStart from './missing-start';
import unreachableStep from './unreachable-step';
import deadEnd from './dead-end';

export const flowRules: Rule[] = [unknownStep, duplicateStep, missingStart, unreachableStep, deadEnd];
