import type { Rule } from '../types';
import name from './name';
import duplicate from './duplicate';
import language from './language';
import languageKnown from './language-known';
import category from './category';
import structure from './structure';
import textLength from './text-length';
import parameters from './parameters';
import paramRatio from './param-ratio';
import examples from './examples';
import footerParams from './footer-params';
import buttons from './buttons';
import buttonLinks from './button-links';
import authentication from './authentication';
import ttl from './ttl';
import carousel from './carousel';
import limitedTimeOffer from './limited-time-offer';
import reference from './reference';

export const templateRules: Rule[] = [
  name, duplicate, language, languageKnown, category, structure, textLength, parameters, paramRatio, examples,
  footerParams, buttons, buttonLinks, authentication, ttl, carousel, limitedTimeOffer, reference,
];
