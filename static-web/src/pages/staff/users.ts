// Staff find a user by email, name (its beginning) or personal code.

import { findUsers } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { field } from '../../ui/forms';
import { actionForm, heading, searchInput, staffOr } from './staff-page';

export const staffUsersPage: Page = {
  title: () => t('staff.usersTitle'),
  render: async (link) => {
    const who = staffOr('staff.usersTitle', link);
    if ('page' in who) return who.page;
    const query = searchInput();
    const results = h('div', { 'aria-live': 'polite' });
    const search = async () => {
      if (query.value.trim().length < 2) return;
      const found = await findUsers(query.value.trim());
      results.replaceChildren(
        found.items.length === 0
          ? h('p', {}, t('staff.noUsers'))
          : h(
              'ul',
              {},
              found.items.map((user) => h('li', {}, link(`/staff/user?id=${user.id}`, `${user.firstName} ${user.lastName}`), ` – ${user.email} – ${t(`staff.status.${user.status}`)}`)),
            ),
      );
    };
    return [heading('staff.usersTitle'), actionForm(t('staff.search'), search, field('query', t('staff.query'), query)), results];
  },
};
