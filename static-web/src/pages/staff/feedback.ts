// The users' notes about the portal (§16.3), the newest first: who wrote, from which page, what.

import { getFeedback } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { heading, staffOr, time } from './staff-page';

export const staffFeedbackPage: Page = {
  title: () => t('staff.feedbackTitle'),
  render: async (link) => {
    const who = staffOr('staff.feedbackTitle', link);
    if ('page' in who) return who.page;
    const { items } = await getFeedback();
    const rows = items.map((note) =>
      h(
        'tr',
        {},
        h('td', {}, time(note.sentAt)),
        h('td', {}, link(`/staff/user?id=${encodeURIComponent(note.userId)}`, note.name), h('br'), note.email),
        h('td', {}, note.page ?? ''),
        h('td', { class: 'message' }, note.message),
      ),
    );
    return [
      heading('staff.feedbackTitle'),
      items.length === 0
        ? h('p', {}, t('staff.noFeedback'))
        : dataTable({ id: 'feedback-table', caption: t('staff.feedbackCaption'), columns: ['staff.feedbackSent', 'staff.feedbackFrom', 'feedback.page', 'feedback.message'] }, rows),
    ];
  },
};
