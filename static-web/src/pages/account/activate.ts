// The links the portal emails: activating an approved applicant's account, and confirming a new email.

import { activateAccount, confirmEmail, resendActivation } from '../../api/auth';
import { ApiProblemError } from '../../api/http';
import { t } from '../../i18n';
import type { Link, Page } from '../../router';
import { h } from '../../ui/dom';
import { forgetLinkToken, takeLinkToken } from '../../ui/link-token';
import { newPasswordField, passwordForm } from '../../ui/password';
import { problemText, titleOnly } from '../../ui/problem';

const expiredType = 'https://radioatlaujas.lv/problems/activation-link-expired';
const supersededType = 'https://radioatlaujas.lv/problems/activation-link-superseded';

/** The activation link's page (§10): the approved applicant sets their first password; an expired link can be renewed. */
export const activatePage: Page = {
  title: () => t('activate.title'),
  render: async (link: Link) => {
    const token = takeLinkToken();
    const error = h('div', { class: 'form-error', role: 'alert' });
    const done = h('div', { role: 'status' });
    const password = newPasswordField(undefined, 'password');
    const submit = h('button', { type: 'submit', class: 'primary' }, t('activate.submit'));
    const renew = h('button', { type: 'button' }, t('activate.renew'));
    renew.addEventListener('click', async () => {
      renew.disabled = true;
      try {
        await resendActivation(token);
        done.replaceChildren(h('p', { class: 'notice' }, t('activate.renewed')));
      } catch (failure) {
        if (!(failure instanceof ApiProblemError)) throw failure;
        error.replaceChildren(problemText(failure.problem, titleOnly));
      }
    });
    const activation = passwordForm(error, submit, async () => {
      try {
        await activateAccount(token, password.input.value);
      } catch (failure) {
        if (failure instanceof ApiProblemError && failure.problem.type === supersededType) {
          // A newer link is live: asking for another here would end it.
          done.replaceChildren(h('p', { class: 'notice' }, t('activate.superseded')));
          activation.hidden = true;
          return;
        }
        if (failure instanceof ApiProblemError && failure.problem.type === expiredType) {
          done.replaceChildren(h('p', { class: 'notice' }, t('activate.expired')), renew);
          activation.hidden = true;
          renew.focus();
          return;
        }
        if (failure instanceof ApiProblemError && failure.problem.errors?.['token']) {
          error.append(t('activate.invalid'));
          return;
        }
        throw failure;
      }
      forgetLinkToken();
      activation.hidden = true;
      done.replaceChildren(h('p', { class: 'notice' }, t('activate.done'), ' ', link('/sign-in', t('nav.signIn'))));
    }, password.element);
    return [h('h1', { tabindex: '-1' }, t('activate.title')), h('p', {}, t('activate.lead')), done, activation];
  },
};

/** The link sent to a new email address: opening it makes the address the username (§15.7). */
export const confirmEmailPage: Page = {
  title: () => t('confirmEmail.title'),
  render: async (link: Link) => {
    const token = takeLinkToken();
    const error = h('div', { class: 'form-error', role: 'alert' });
    const done = h('div', { role: 'status' });
    const submit = h('button', { type: 'submit', class: 'primary' }, t('confirmEmail.submit'));
    const confirm = passwordForm(error, submit, async () => {
      await confirmEmail(token);
      forgetLinkToken();
      confirm.hidden = true;
      done.replaceChildren(h('p', { class: 'notice' }, t('confirmEmail.done'), ' ', link('/sign-in', t('nav.signIn'))));
    });
    return [h('h1', { tabindex: '-1' }, t('confirmEmail.title')), h('p', {}, t('confirmEmail.lead')), done, confirm];
  },
};
