import type { Rule } from '../types';
import freeformAfter24h from './freeform-after-24h';
import unboundedWait from './unbounded-wait';
import businessInitiatedTemplate from './business-initiated-template';
import adEntryPoint from './ad-entry-point';
import templateInWindow from './template-in-window';

export const windowRules: Rule[] = [freeformAfter24h, unboundedWait, businessInitiatedTemplate, adEntryPoint, templateInWindow];
