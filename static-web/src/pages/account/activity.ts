// The user's own trail: what was done with their account, when and from where.

import { getActivity } from '../../api/account';
import { label, language, t } from '../../i18n';
import type { Page } from '../../router';
import { signedInUser } from '../../session';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { signInFirst } from '../signed-in';

export const activityPage: Page = {
  title: () => t('activity.title'),
  render: async (link) => {
    if (!signedInUser()) return signInFirst('activity.title', link);
    const page = await getActivity();
    const when = new Intl.DateTimeFormat(language() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Riga' });
    return [
      h('h1', { tabindex: '-1' }, t('activity.title')),
      h('p', {}, t('activity.lead')),
      dataTable(
        { columns: ['activity.when', 'activity.what', 'activity.result', 'activity.from'] },
        page.items.map((item) =>
          h(
            'tr',
            {},
            h('td', {}, when.format(new Date(item.at))),
            // An action or result the table has no words for yet is shown as the API names it.
            h('td', {}, item.emailKind === null ? label('action', item.action) : `${label('action', item.action)}: ${label('email', item.emailKind)}`),
            h('td', {}, label('result', item.result)),
            h('td', {}, `${item.ipAddress} – ${item.userAgent}`),
          ),
        ),
      ),
    ];
  },
};
