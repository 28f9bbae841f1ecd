// A note to ES about the portal itself (§16.3): a defect or an inaccuracy the user found, with the
// page it concerns (the one they came from).

import { sendFeedback } from '../../api/submissions';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { signedInUser } from '../../session';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { fieldsToCheck } from '../../ui/problem';
import { signInFirst } from '../signed-in';

const checkFields = fieldsToCheck({ message: 'feedback.message', page: 'feedback.page' });

export const feedbackPage: Page = {
  title: () => t('feedback.title'),
  render: async (link) => {
    if (!signedInUser()) return signInFirst('feedback.title', link);
    const from = new URLSearchParams(location.search).get('page');
    const message = h('textarea', { rows: '6', maxlength: '4000' });
    const status = h('div', { role: 'status' });
    const form = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit', class: 'primary' }, t('feedback.send')),
      async () => {
        await sendFeedback(message.value, from && from.startsWith('/') ? from : null);
        message.value = '';
        status.replaceChildren(h('p', { class: 'notice' }, t('feedback.thanks')));
      },
      (problem) => (problem.status === 429 ? [h('p', {}, t('feedback.tooMany'))] : checkFields(problem)),
      from ? h('p', {}, `${t('feedback.page')}: ${from}`) : null,
      field('message', t('feedback.message'), message),
    );
    return [h('h1', { tabindex: '-1' }, t('feedback.title')), h('p', {}, t('feedback.intro')), status, form];
  },
};
