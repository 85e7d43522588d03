import type { Msg } from '../../i18n';
import { defineRule } from '../types';
import { flowTexts, locate } from '../data/texts';
import { channelsOf, findLinks, INDIRECT, mentionsAgent, presentsContact, type DestinationClass } from './channels';

const WHAT: Record<string, Msg> = {
  social: { en: 'a social-media account (the user needs an account on another service)', fr: 'un compte de réseau social (l\'utilisateur doit avoir un compte sur un autre service)' },
  app: { en: 'another app or an app-store link', fr: 'une autre application ou un lien vers un magasin d\'applications' },
  help: { en: 'a help-centre or FAQ page, where nobody answers', fr: 'une page d\'aide ou de FAQ, où personne ne répond' },
  home: { en: 'the website\'s home page, not a support form', fr: 'la page d\'accueil du site, pas un formulaire d\'assistance' },
};

export default defineRule({
  meta: {
    id: 'escalation/not-direct',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'An escalation path that WhatsApp does not count as direct', fr: 'Une voie d\'escalade que WhatsApp ne compte pas comme directe' },
    explanation: {
      en: 'WhatsApp accepts as a human escalation path: an agent hand-over in the chat, a phone number, an email address, a support form on the business\'s website, or a store visit. Social-media accounts (Facebook, Messenger, Instagram, Telegram, X/Twitter, TikTok, LinkedIn...) do not count, because the user would need an account on another service; neither do other apps, app-store or deep links, help-centre or FAQ pages, or the home page. A `wa.me/<number>` link opens a WhatsApp chat with a number and is accepted like a phone number, provided a person answers there; WhatsApp group and channel links are not. A bot whose only path is indirect risks the same limits on sending as a bot with none.',
      fr: 'WhatsApp accepte comme voie d\'escalade vers un humain : un transfert à un conseiller dans la conversation, un numéro de téléphone, une adresse e-mail, un formulaire d\'assistance sur le site de l\'entreprise, ou une visite en magasin. Les comptes de réseaux sociaux (Facebook, Messenger, Instagram, Telegram, X/Twitter, TikTok, LinkedIn...) ne comptent pas, car l\'utilisateur devrait avoir un compte sur un autre service ; pas plus que les autres applications, les liens vers un magasin d\'applications ou les liens profonds, les pages d\'aide ou de FAQ, ou la page d\'accueil. Un lien `wa.me/<numéro>` ouvre une conversation WhatsApp avec un numéro et vaut un numéro de téléphone, à condition qu\'une personne y réponde ; les liens de groupe ou de chaîne WhatsApp non. Un bot dont la seule voie est indirecte s\'expose aux mêmes limites d\'envoi qu\'un bot sans voie.',
    },
    source: 'https://business.whatsapp.com/policy (automation: escalation paths); Sinch community, "Human escalation paths"',
    messages: {
      declared: {
        en: '"{link}" is {what}: it does not count as a direct path to a human. Use an agent hand-over, a phone number, an email, a web support form or a store instead.',
        fr: '« {link} » est {what} : ce n\'est pas une voie directe vers un humain. Utilisez un transfert à un conseiller, un numéro de téléphone, un e-mail, un formulaire d\'assistance web ou un magasin.',
      },
      inText: {
        en: 'Step "{step}" sends users to "{link}", {what}. It is the flow\'s only way to get help and does not count as direct: add an agent hand-over, a phone number, an email or a web support form.',
        fr: 'L\'étape « {step} » renvoie vers « {link} », {what}. C\'est le seul moyen d\'obtenir de l\'aide dans ce flow et il ne compte pas comme direct : ajoutez un transfert à un conseiller, un numéro de téléphone, un e-mail ou un formulaire d\'assistance web.',
      },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const yaml = ctx.file.yaml;
    const channels = channelsOf(flow, ctx.config);
    const what = (cls: DestinationClass) => WHAT[cls][ctx.locale];
    // 1. declared channels and handoff values that point to an indirect destination
    for (const c of channels) {
      if (!c.cls || !INDIRECT.has(c.cls) || typeof c.value !== 'string') continue;
      const link = findLinks(c.value).find((l) => INDIRECT.has(l.cls))?.text ?? c.value.trim();
      ctx.report({ messageId: 'declared', data: { link, what: what(c.cls) }, range: locate(yaml, c.valuePath, link) });
    }
    // 2. links in messages, when they are offered as THE way to get help
    if (!flow.automated || channels.some((c) => c.direct)) return;
    const labelled = new Set<string>();
    for (const edges of flow.out.values()) for (const e of edges) if (e.label && presentsContact(e.label)) labelled.add(e.to);
    for (const g of flow.global) if (g && Array.isArray(g.match) && g.match.some((m) => typeof m === 'string' && mentionsAgent(m))) labelled.add(g.next);
    for (const t of flowTexts(flow)) {
      if (t.kind === 'prompt') continue;
      const offered = labelled.has(t.step!) || presentsContact(t.text) || flow.steps.get(t.step!)?.handoff !== undefined;
      if (!offered) continue;
      for (const l of findLinks(t.text)) {
        if (!INDIRECT.has(l.cls)) continue;
        ctx.report({ messageId: 'inText', data: { step: t.step, link: l.text, what: what(l.cls) }, range: locate(yaml, t.path, l.text) });
      }
    }
  },
});
