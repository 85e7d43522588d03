import type { Rule } from '../types';
import marketingTemplateNoOptout from './marketing-template-no-optout';
import flowNoStopIntent from './flow-no-stop-intent';
import stepUnreachable from './step-unreachable';
import optinMissing from './optin-missing';
import marketingAfterOptOut from './marketing-after-opt-out';

/** optout/*, optin/* and marketing/* rules. */
export const optoutRules: Rule[] = [marketingTemplateNoOptout, flowNoStopIntent, stepUnreachable, optinMissing, marketingAfterOptOut];
