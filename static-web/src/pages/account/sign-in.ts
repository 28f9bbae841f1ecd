import { bankSignInPath, vpmSignInPath } from '../../api/external';
import { ApiProblemError } from '../../api/http';
import { t } from '../../i18n';
import { navigate } from '../../navigation';
import type { Page } from '../../router';
import { banks, externalProviders, signIn } from '../../session';
import { h } from '../../ui/dom';

export const signInPage: Page = {
  title: () => t('signIn.title'),
  render: async (link) => {
    const error = h('div', { class: 'form-error', role: 'alert', id: 'sign-in-error' });
    const email = h('input', { id: 'email', name: 'email', type: 'email', autocomplete: 'username', required: true, 'aria-describedby': 'sign-in-error' });
    const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': 'sign-in-error' });
    const submit = h('button', { type: 'submit', class: 'primary' }, t('signIn.submit'));

    const form = h(
      'form',
      {
        novalidate: true,
        onsubmit: (async (event: SubmitEvent) => {
          event.preventDefault();
          error.replaceChildren();
          if (!email.value.trim() || !password.value) {
            error.append(t('signIn.required'));
            (email.value.trim() ? password : email).focus();
            return;
          }
          submit.disabled = true;
          submit.textContent = t('signIn.busy');
          try {
            await signIn(email.value, password.value);
            navigate('/');
          } catch (failure) {
            if (!(failure instanceof ApiProblemError)) throw failure;
            // One message for every failed sign-in, whatever the API says: it tells an attacker nothing. A blocked user is told whom to ask.
            error.append(failure.problem.type.endsWith('/access-blocked') ? t('signIn.blocked') : t('signIn.failed'));
            password.value = '';
            password.focus();
          } finally {
            submit.disabled = false;
            submit.textContent = t('signIn.submit');
          }
        }) as unknown as EventListener,
      },
      error,
      h('div', { class: 'field' }, h('label', { for: 'email' }, t('signIn.email')), email),
      h('div', { class: 'field' }, h('label', { for: 'password' }, t('signIn.password')), password),
      h('p', { class: 'hint' }, t('signIn.terms'), ' ', link('/terms', t('nav.terms'))),
      submit,
    );
    // The unified login beside the password (§2.8): eID card, eParaksts, Smart-ID, eIDAS means. A full navigation to the provider.
    const unified = !externalProviders().includes('vpm') ? null : h(
      'section',
      { class: 'unified-login', 'aria-labelledby': 'unified-login-title' },
      h('h2', { id: 'unified-login-title' }, t('signIn.unified.title')),
      h('p', { class: 'hint' }, t('signIn.unified.lead')),
      h('a', { class: 'button primary', href: vpmSignInPath('/') }, t('signIn.unified.button')),
    );
    // Entry from a bank's site (§14, §23.2): the bank identifies the person; the personal code is matched as the unified login's is.
    const fromBank = banks().length === 0 ? null : h(
      'section',
      { class: 'unified-login', 'aria-labelledby': 'bank-entry-title' },
      h('h2', { id: 'bank-entry-title' }, t('signIn.bank.title')),
      h('p', { class: 'hint' }, t('signIn.bank.lead')),
      h('ul', { class: 'bank-list' }, ...banks().map((bank) =>
        h('li', {}, h('a', { class: 'button', href: bankSignInPath(bank.id, '/') }, t('signIn.bank.button').replace('{bank}', bank.name))))),
    );
    return [
      h('h1', { tabindex: '-1' }, t('signIn.title')),
      h('div', { class: 'sign-in-ways' }, h('section', { 'aria-labelledby': 'password-title' }, h('h2', { id: 'password-title' }, t('signIn.password.title')), form), unified, fromBank),
      h('p', {}, link('/forgot-password', t('signIn.forgot'))),
      h('p', {}, link('/register', t('nav.register'))),
    ];
  },
};
