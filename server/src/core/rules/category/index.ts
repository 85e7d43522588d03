import type { Rule } from '../types';
import utilityIsMarketing from './utility-is-marketing';
import otpOutsideAuthentication from './otp-outside-authentication';
import vagueContent from './vague-content';
import marketingAsUtilityCost from './marketing-as-utility-cost';

export const categoryRules: Rule[] = [utilityIsMarketing, otpOutsideAuthentication, vagueContent, marketingAsUtilityCost];
