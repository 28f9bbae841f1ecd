// The current client's applications and requests: drafts to continue, what was sent with its receipt,
// and the forms the client may begin.

import { getForms, getSubmissions, receiptUrl, type FormDefinition, type Local } from '../../api/submissions';
import { formatInstant, language, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { statusTag } from '../../ui/tag';
import { clientWith } from '../clients/current-client';
import { statusText, statusTones } from './history';

/** Text in the user's language. */
export const local = (text: Local): string => text[language()];

export const formTitle = (forms: FormDefinition[], kind: string): string => {
  const form = forms.find((f) => f.kind === kind);
  return form ? local(form.title) : kind;
};

export const submissionsPage: Page = {
  title: () => t('submissions.title'),
  render: async (link) => {
    const who = await clientWith('submissions', link, 'submissions.title');
    if ('page' in who) return who.page;
    const clientId = who.client.id;
    const [{ forms }, { submissions }] = await Promise.all([getForms(clientId), getSubmissions(clientId)]);

    const rows = submissions.map((item) =>
      h(
        'tr',
        { 'data-submission': item.id },
        h('td', {}, link(`/submission?id=${encodeURIComponent(item.id)}`, formTitle(forms, item.kind))),
        h('td', {}, statusTag(statusText(item.status), statusTones[item.status])),
        h('td', {}, `${formatInstant(item.updatedAt)}, ${item.updatedBy}`),
        h(
          'td',
          {},
          item.status !== 'draft' && item.status !== 'sending'
            ? h('a', { href: receiptUrl(clientId, item.id), download: '' }, t('submissions.receipt'))
            : item.status === 'draft'
              ? `${t('submissions.keptUntil')} ${formatInstant(item.expiresAt)}`
              : '',
        ),
      ),
    );
    const start = h(
      'ul',
      { class: 'form-choices' },
      forms.map((form) =>
        h('li', {}, h('h3', {}, link(`/submission?kind=${encodeURIComponent(form.kind)}`, local(form.title))), h('p', {}, local(form.description))),
      ),
    );
    return [
      h('h1', { tabindex: '-1' }, t('submissions.title')),
      h('p', {}, who.client.name),
      h('p', {}, t('submissions.intro')),
      h('h2', {}, t('submissions.mine')),
      submissions.length === 0
        ? h('p', { id: 'submissions-none' }, t('submissions.none'))
        : dataTable({ id: 'submissions-table', caption: t('submissions.caption'), columns: ['submissions.what', 'submissions.status', 'submissions.changed', 'submissions.more'] }, rows),
      h('h2', {}, t('submissions.new')),
      start,
    ];
  },
};
