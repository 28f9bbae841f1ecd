// The privacy notice: what ES keeps, why, for how long (the periods the retention timer deletes by) and how to ask.

import { getPrivacyNotice } from '../../api/privacy';
import { language, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';

export const privacyPage: Page = {
  title: () => t('privacy.title'),
  render: async () => {
    const notice = (await getPrivacyNotice())[language()];
    return [
      h('h1', { tabindex: '-1' }, notice.title),
      ...notice.paragraphs.map((paragraph) => h('p', {}, paragraph)),
      dataTable(
        { columns: ['privacy.what', 'privacy.why', 'privacy.period'] },
        notice.retention.map((row) =>
          h('tr', { 'data-kind': row.kind }, h('th', { scope: 'row' }, row.what), h('td', {}, row.why), h('td', {}, t('privacy.days').replace('{days}', `${row.days}`))),
        ),
      ),
    ];
  },
};
