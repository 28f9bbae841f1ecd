// The applications waiting for a staff member's review, oldest first.

import { getPendingApplications } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { heading, staffOr, time } from './staff-page';

export const staffRegistrationsPage: Page = {
  title: () => t('staff.registrationsTitle'),
  render: async (link) => {
    const who = staffOr('staff.registrationsTitle', link);
    if ('page' in who) return who.page;
    const page = await getPendingApplications();
    const columns = ['staff.submitted', 'staff.applicant', 'staff.kind', 'staff.company', 'staff.email'] as const;
    return [
      heading('staff.registrationsTitle'),
      page.items.length === 0
        ? h('p', {}, t('staff.noApplications'))
        : h(
            'table',
            {},
            h('caption', {}, t('staff.pendingCaption')),
            h('thead', {}, h('tr', {}, ...columns.map((key) => h('th', { scope: 'col' }, t(key))))),
            h(
              'tbody',
              {},
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
          ),
    ];
  },
};
