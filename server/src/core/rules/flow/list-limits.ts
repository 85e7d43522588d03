import type { Path } from '../../parse/yamlFile';
import { charLength } from '../../util/strings';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'flow/list-limits',
    severity: 'error',
    appliesTo: ['flow'],
    title: { en: 'Interactive list outside WhatsApp\'s limits', fr: 'Liste interactive hors des limites de WhatsApp' },
    explanation: {
      en: 'An interactive list message has a button label (required, at most 20 characters), 1 to 10 sections, and at least 1 and at most 10 rows in total across all sections. A row title is at most 24 characters, a row description at most 72, a row id at most 200 and unique. A section title is at most 24 characters and is required as soon as there is more than one section. The Cloud API rejects a list outside these limits and the user receives nothing. Limits come from `facts` (listRowsMax, listSectionsMax, listRowTitleMax, listRowDescriptionMax, listButtonMax, listSectionTitleMax).',
      fr: 'Un message liste interactif a un libellé de bouton (obligatoire, au plus 20 caractères), 1 à 10 sections, et au moins 1 et au plus 10 lignes au total, toutes sections confondues. Un titre de ligne fait au plus 24 caractères, une description au plus 72, un id de ligne au plus 200 et il est unique. Un titre de section fait au plus 24 caractères et devient obligatoire dès qu\'il y a plus d\'une section. La Cloud API refuse une liste hors de ces limites et l\'utilisateur ne reçoit rien. Les limites viennent des `facts` (listRowsMax, listSectionsMax, listRowTitleMax, listRowDescriptionMax, listButtonMax, listSectionTitleMax).',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages',
    messages: {
      noSections: { en: 'The list of step "{id}" has no section. Add at least one section with rows.', fr: 'La liste de l\'étape « {id} » n\'a aucune section. Ajoutez au moins une section avec des lignes.' },
      tooManySections: { en: 'The list of step "{id}" has {count} sections; WhatsApp allows {max}. Merge sections.', fr: 'La liste de l\'étape « {id} » a {count} sections ; WhatsApp en autorise {max}. Regroupez des sections.' },
      noRows: { en: 'The list of step "{id}" has no row. Add at least one row.', fr: 'La liste de l\'étape « {id} » n\'a aucune ligne. Ajoutez au moins une ligne.' },
      tooManyRows: { en: 'The list of step "{id}" has {count} rows in total; WhatsApp allows {max} across all sections. Remove rows or split the choice in two steps.', fr: 'La liste de l\'étape « {id} » a {count} lignes au total ; WhatsApp en autorise {max} toutes sections confondues. Retirez des lignes ou répartissez le choix sur deux étapes.' },
      tooLong: { en: '{what} "{text}" has {length} characters; the limit is {max}. Shorten it.', fr: '{what} « {text} » fait {length} caractères ; la limite est {max}. Raccourcissez-le.' },
      empty: { en: '{what} is empty. Write a short text (at most {max} characters).', fr: '{what} est vide. Écrivez un texte court (au plus {max} caractères).' },
      sectionTitleRequired: { en: 'Section {n} of step "{id}" has no title: a list with several sections needs a title for each (at most {max} characters).', fr: 'La section {n} de l\'étape « {id} » n\'a pas de titre : une liste à plusieurs sections demande un titre pour chacune (au plus {max} caractères).' },
      duplicateRowId: { en: 'Row id "{rowId}" is already used in this list. Row ids must be unique.', fr: 'L\'id de ligne « {rowId} » est déjà utilisé dans cette liste. Les id de ligne doivent être uniques.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const flow = ctx.flow!;
    const f = ctx.facts;
    const fr = ctx.locale === 'fr';
    const W = {
      button: fr ? 'Le libellé du bouton de liste' : 'List button label',
      row: fr ? 'Le titre de ligne' : 'Row title',
      desc: fr ? 'La description de ligne' : 'Row description',
      section: fr ? 'Le titre de section' : 'Section title',
      rowId: fr ? 'L\'id de ligne' : 'Row id',
    };
    const checkText = (what: string, text: unknown, max: number, path: Path, required: boolean) => {
      if (typeof text !== 'string') return;
      const t = text.trim();
      const length = charLength(t);
      if (!t) {
        if (required) ctx.report({ messageId: 'empty', data: { what, max }, path, target: 'value' });
      } else if (length > max) ctx.report({ messageId: 'tooLong', data: { what, text: length > 40 ? [...t].slice(0, 40).join('') + '…' : t, length, max }, path, target: 'value' });
    };
    for (const id of flow.stepOrder) {
      const list = flow.steps.get(id)!.list;
      if (!list || typeof list !== 'object') continue;
      const base: Path = ['steps', id, 'list'];
      checkText(W.button, list.button, f.listButtonMax, [...base, 'button'], true);
      const sections = Array.isArray(list.sections) ? list.sections : undefined;
      if (!sections) continue; // flow/schema
      if (sections.length === 0) {
        ctx.report({ messageId: 'noSections', data: { id }, path: [...base, 'sections'], target: 'key' });
        continue;
      }
      if (sections.length > f.listSectionsMax) ctx.report({ messageId: 'tooManySections', data: { id, count: sections.length, max: f.listSectionsMax }, path: [...base, 'sections', f.listSectionsMax], target: 'auto' });
      let total = 0;
      let overflowReported = false;
      const rowIds = new Set<string>();
      const totalRows = sections.reduce((n, s) => n + (Array.isArray(s?.rows) ? s.rows.length : 0), 0);
      sections.forEach((s, si) => {
        if (!s || typeof s !== 'object') return;
        const sPath: Path = [...base, 'sections', si];
        if (typeof s.title === 'string') checkText(W.section, s.title, f.listSectionTitleMax, [...sPath, 'title'], sections.length > 1);
        else if (sections.length > 1) ctx.report({ messageId: 'sectionTitleRequired', data: { id, n: si + 1, max: f.listSectionTitleMax }, path: sPath, target: 'auto' });
        (Array.isArray(s.rows) ? s.rows : []).forEach((r, ri) => {
          total++;
          const rPath: Path = [...sPath, 'rows', ri];
          if (total > f.listRowsMax && !overflowReported) {
            overflowReported = true;
            ctx.report({ messageId: 'tooManyRows', data: { id, count: totalRows, max: f.listRowsMax }, path: rPath, target: 'auto' });
          }
          if (!r || typeof r !== 'object') return;
          checkText(W.row, r.title, f.listRowTitleMax, [...rPath, 'title'], true);
          checkText(W.desc, r.description, f.listRowDescriptionMax, [...rPath, 'description'], false);
          if (typeof r.id === 'string') {
            checkText(W.rowId, r.id, f.listRowIdMax, [...rPath, 'id'], true);
            if (rowIds.has(r.id)) ctx.report({ messageId: 'duplicateRowId', data: { rowId: r.id }, path: [...rPath, 'id'], target: 'value' });
            rowIds.add(r.id);
          }
        });
      });
      if (totalRows === 0) ctx.report({ messageId: 'noRows', data: { id }, path: [...base, 'sections'], target: 'key' });
    }
  },
});
