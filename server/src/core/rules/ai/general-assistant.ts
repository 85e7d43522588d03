import { defineRule } from '../types';
import { locate } from '../data/texts';
import { assessAiSteps, formatDate } from './assess';

export default defineRule({
  meta: {
    id: 'ai/general-assistant',
    severity: 'warning',
    appliesTo: ['flow'],
    title: { en: 'A flow that works as a general-purpose AI assistant', fr: 'Un flow qui fonctionne comme un assistant IA généraliste' },
    explanation: {
      en: 'Since 15 January 2026 (fact `aiProviderBanDate`), the WhatsApp Business Solution Terms (§4.7, "AI Providers") forbid using the platform to offer an AI model or assistant when the AI is the main thing the business provides: open-ended question answering, content or image generation, companion chat. AI stays allowed when it is incidental to a business service, for example an `ai:` step limited to order-tracking questions inside a support bot. A number used for a general-purpose assistant risks being restricted. Give each `ai:` step a task `scope` (and `role: ancillary`), and keep the flow\'s main function a business one.',
      fr: 'Depuis le 15 janvier 2026 (fait `aiProviderBanDate`), les conditions de la WhatsApp Business Solution (§4.7, « AI Providers ») interdisent d\'utiliser la plateforme pour proposer un modèle ou un assistant d\'IA lorsque l\'IA est l\'essentiel du service : réponses à n\'importe quelle question, génération de contenu ou d\'images, compagnon de conversation. L\'IA reste permise quand elle est accessoire à un service de l\'entreprise, par exemple une étape `ai:` limitée aux questions de suivi de commande dans un bot de SAV. Un numéro utilisé pour un assistant généraliste risque d\'être restreint. Donnez à chaque étape `ai:` un `scope` (et `role: ancillary`), et gardez au flow une fonction principale métier.',
    },
    source: 'https://www.whatsapp.com/legal/business-solution-terms (§4.7 AI Providers)',
    messages: {
      primary: {
        en: 'Step "{step}" declares the AI as the primary function (`role: primary`). Since {date}, WhatsApp forbids general-purpose AI assistants; an AI step limited to one task (`scope: "order tracking questions"`) inside a business flow is fine.',
        fr: 'L\'étape « {step} » déclare l\'IA comme fonction principale (`role: primary`). Depuis le {date}, WhatsApp interdit les assistants IA généralistes ; une étape IA limitée à une tâche (`scope: "questions de suivi de commande"`) dans un flow métier reste permise.',
      },
      open: {
        en: 'Step "{step}" looks like an open-ended AI assistant ("{phrase}"). Since {date}, WhatsApp forbids general-purpose AI assistants: limit the step to one task with `scope:` (e.g. "order tracking questions").',
        fr: 'L\'étape « {step} » ressemble à un assistant IA ouvert (« {phrase} »). Depuis le {date}, WhatsApp interdit les assistants IA généralistes : limitez l\'étape à une tâche avec `scope:` (par ex. « questions de suivi de commande »).',
      },
      catchAll: {
        en: 'The AI step "{step}" answers everything and the flow has no other business function. Since {date}, WhatsApp forbids general-purpose AI assistants: give it a `scope:` and a business purpose (menu, order tracking, booking...).',
        fr: 'L\'étape IA « {step} » répond à tout et le flow n\'a pas d\'autre fonction métier. Depuis le {date}, WhatsApp interdit les assistants IA généralistes : donnez-lui un `scope:` et un but métier (menu, suivi de commande, réservation...).',
      },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const date = formatDate(ctx.facts.aiProviderBanDate, ctx.locale);
    for (const { step, verdict } of assessAiSteps(flow)) {
      if (verdict.kind === 'primary') ctx.report({ messageId: 'primary', data: { step, date }, path: verdict.path, target: verdict.path.length > 3 ? 'value' : 'key' });
      else if (verdict.kind === 'open') {
        // point at the phrase when it is in the step itself, else at the step's `ai` key
        const inStep = verdict.where[0] === 'steps' && verdict.where[1] === step;
        ctx.report({ messageId: 'open', data: { step, date, phrase: verdict.phrase }, ...(inStep ? { range: locate(ctx.file.yaml, verdict.where, verdict.phrase) } : { path: verdict.path, target: 'key' as const }) });
      } else if (verdict.kind === 'catchAll') ctx.report({ messageId: 'catchAll', data: { step, date }, path: verdict.path, target: 'key' });
    }
  },
});
