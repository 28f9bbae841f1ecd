// An admin publishes a new version of the terms of use.

import { publishTerms } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { isAdmin } from '../../session';
import { h } from '../../ui/dom';
import { field } from '../../ui/forms';
import { actionForm, heading, staffOr } from './staff-page';

export const staffTermsPage: Page = {
  title: () => t('staff.termsTitle'),
  render: async (link) => {
    const who = staffOr('staff.termsTitle', link);
    if ('page' in who) return who.page;
    if (!isAdmin(who.staff)) return [heading('staff.termsTitle'), h('p', {}, t('staff.adminOnly'))];
    const name = h('input', { type: 'text', value: 'Klientu portāla lietošanas noteikumi' });
    const approvedOn = h('input', { type: 'date' });
    const note = h('input', { type: 'text' });
    const text = h('textarea', { rows: '12' });
    const result = h('div', { role: 'status' });
    return [
      heading('staff.termsTitle'),
      h('p', {}, t('staff.termsLead')),
      result,
      actionForm(
        t('staff.publish'),
        async () => {
          const published = await publishTerms({ documentName: name.value, approvedOn: approvedOn.value || null, validityNote: note.value, text: text.value });
          result.replaceChildren(h('p', { class: 'notice' }, `${t('staff.published')} ${published.version}`));
        },
        field('documentName', t('terms.document'), name),
        field('approvedOn', t('terms.approved'), approvedOn),
        field('validityNote', t('terms.note'), note),
        field('termsText', t('terms.text'), text),
      ),
    ];
  },
};
