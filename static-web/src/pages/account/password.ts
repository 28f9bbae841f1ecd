// The password pages: ask for a reset link, set a new password from it, and change one's own.

import { changePassword } from '../../api/account';
import { requestPasswordReset, resetPassword } from '../../api/auth';
import { t } from '../../i18n';
import { navigate } from '../../navigation';
import type { Link, Page } from '../../router';
import { loadSession, signedInUser } from '../../session';
import { h } from '../../ui/dom';
import { field } from '../../ui/forms';
import { forgetLinkToken, takeLinkToken } from '../../ui/link-token';
import { newPasswordField, passwordForm } from '../../ui/password';
import { signInFirst } from '../signed-in';

export const forgotPasswordPage: Page = {
  title: () => t('password.forgotTitle'),
  render: async () => {
    const error = h('div', { class: 'form-error', role: 'alert' });
    const done = h('div', { role: 'status' });
    const email = h('input', { type: 'email', autocomplete: 'username', required: true });
    const submit = h('button', { type: 'submit', class: 'primary' }, t('password.send'));
    return [
      h('h1', { tabindex: '-1' }, t('password.forgotTitle')),
      h('p', {}, t('password.forgotLead')),
      done,
      passwordForm(error, submit, async () => {
        if (!email.value.trim()) {
          error.append(t('signIn.required'));
          return;
        }
        await requestPasswordReset(email.value);
        done.replaceChildren(h('p', { class: 'notice' }, t('password.sent')));
      }, field('email', t('signIn.email'), email)),
    ];
  },
};

export const resetPasswordPage: Page = {
  title: () => t('password.resetTitle'),
  render: async (link: Link) => {
    const token = takeLinkToken();
    const error = h('div', { class: 'form-error', role: 'alert' });
    const done = h('div', { role: 'status' });
    const next = newPasswordField();
    const submit = h('button', { type: 'submit', class: 'primary' }, t('password.save'));
    return [
      h('h1', { tabindex: '-1' }, t('password.resetTitle')),
      done,
      passwordForm(error, submit, async () => {
        await resetPassword(token, next.input.value);
        forgetLinkToken();
        done.replaceChildren(h('p', { class: 'notice' }, t('password.resetDone'), ' ', link('/sign-in', t('nav.signIn'))));
      }, next.element),
      h('p', {}, link('/forgot-password', t('password.askAgain'))),
    ];
  },
};

export const changePasswordPage: Page = {
  title: () => t('password.changeTitle'),
  render: async (link: Link) => {
    const me = signedInUser();
    if (!me) return signInFirst('password.changeTitle', link);
    const error = h('div', { class: 'form-error', role: 'alert' });
    const current = h('input', { type: 'password', autocomplete: 'current-password', required: true });
    const next = newPasswordField(me.email);
    const submit = h('button', { type: 'submit', class: 'primary' }, t('password.save'));
    return [
      h('h1', { tabindex: '-1' }, t('password.changeTitle')),
      me.mustChangePassword ? h('p', { class: 'notice' }, t('account.passwordDue')) : null,
      h('p', {}, t('password.changeLead')),
      passwordForm(error, submit, async () => {
        await changePassword(current.value, next.input.value);
        await loadSession();
        navigate('/account');
      }, field('currentPassword', t('password.current'), current), next.element),
    ];
  },
};
