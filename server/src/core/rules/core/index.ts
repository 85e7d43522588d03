import type { Rule } from '../types';
import yamlSyntax from './yaml-syntax';
import yamlSuspicious from './yaml-suspicious';
import yamlDuplicateKey from './yaml-duplicate-key';
import flowSchema from './flow-schema';
import flowUnknownKey from './flow-unknown-key';
import templateSchema from './template-schema';
import unusedDisable from './unused-disable';
import notAnalysed from './not-analysed';

export const coreRules: Rule[] = [yamlSyntax, yamlSuspicious, yamlDuplicateKey, flowSchema, flowUnknownKey, templateSchema, unusedDisable, notAnalysed];
