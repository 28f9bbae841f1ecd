// The applications waiting for a staff member's review, oldest first.

import { getPendingApplications } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { heading, staffOr, time } from './staff-page';

export const staffRegistrationsPage: Page = {
  title: () => t('staff.registrationsTitle'),
  render: async (link) => {
    const who = staffOr('staff.registrationsTitle', link);
    if ('page' in who) return who.page;
    const page = await getPendingApplications();
    return [
      heading('staff.registrationsTitle'),
      page.items.length === 0
        ? h('p', {}, t('staff.noApplications'))
        : dataTable(
            { caption: t('staff.pendingCaption'), columns: ['staff.submitted', 'staff.applicant', 'staff.kind', 'staff.company', 'staff.email'] },
            page.items.map((item) =>
              h(
                'tr',
                {},
                h('td', {}, time(item.submittedAt)),
                h('td', {}, link(`/staff/registration?id=${item.id}`, `${item.firstName} ${item.lastName}`)),
                h('td', {}, t(`staff.kind.${item.personKind}`)),
                h('td', {}, item.companyName ?? ''),
                h('td', {}, item.email),
              ),
            ),
          ),
    ];
  },
};
