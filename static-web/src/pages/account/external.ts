// After Latvija.lv's answer (§2.8, §10), when it did not sign the person in at once: link an existing account with its password, make
// the account of a natural-person client (an email and its code, then the terms), or a page that says what to do next.

import { createExternalAccount, getExternalPending, linkExternal, sendExternalEmail, vpmSignInPath, type ExternalPending } from '../../api/external';
import { ApiProblemError, type Problem } from '../../api/http';
import { getCurrentTerms } from '../../api/terms';
import { language, t, textFor } from '../../i18n';
import { navigate } from '../../navigation';
import type { Link, Page } from '../../router';
import { loadSession } from '../../session';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { problemText, titleOnly } from '../../ui/problem';

/** Each field the API refuses, in the user's language; anything else by its title. */
const described = (problem: Problem): Node[] =>
  problem.status === 429
    ? [h('p', {}, t('external.error.tooMany'))]
    : problem.errors
      ? Object.keys(problem.errors).map((name) => h('p', {}, textFor('external.error', name) ?? t('external.error.other')))
      : [h('p', {}, problem.type?.endsWith('/sign-in-failed') ? t('signIn.failed') : problem.type?.endsWith('/access-blocked') ? t('signIn.blocked') : problemText(problem, titleOnly))];

/** An existing account's email and password link the login to it and sign in. */
function linkForm(headingKey: 'external.link.title' | 'external.haveAccount'): HTMLElement {
  const error = h('div', { class: 'form-error', role: 'alert' });
  const email = h('input', { type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('external.link.submit'));
  const form = sendingForm(
    error,
    submit,
    async () => {
      await linkExternal(email.value, password.value);
      await loadSession();
      navigate('/');
    },
    described,
    field('link-email', t('signIn.email'), email),
    field('link-password', t('signIn.password'), password),
  );
  return h('section', { 'aria-labelledby': 'link-title' }, h('h2', { id: 'link-title' }, t(headingKey)), h('p', {}, t('external.link.lead')), form);
}

/** The email first (a code goes there), then the code and the terms in force: the account is made and signed in. */
async function newAccount(pending: ExternalPending, link: Link): Promise<HTMLElement[]> {
  const terms = await getCurrentTerms();
  const sent = h('div', { role: 'status' });
  const emailError = h('div', { class: 'form-error', role: 'alert' });
  const email = h('input', { type: 'email', autocomplete: 'email', required: true, value: pending.email ?? '' });
  const sendButton = h('button', { type: 'submit' }, t('external.email.send'));
  const codeError = h('div', { class: 'form-error', role: 'alert' });
  const code = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', pattern: '[0-9]{6}' });
  const accept = h('input', { type: 'checkbox', id: 'accept-terms' });
  const createButton = h('button', { type: 'submit', class: 'primary' }, t('external.account.create'));
  const codeForm = sendingForm(
    codeError,
    createButton,
    async () => {
      if (!accept.checked) {
        codeError.append(h('p', {}, t('register.acceptRequired')));
        accept.focus();
        return;
      }
      await createExternalAccount(code.value.trim(), terms.version);
      await loadSession();
      navigate('/');
    },
    described,
    field('code', t('external.code'), code),
    h(
      'div',
      { class: 'field' },
      h('label', { class: 'choice' }, accept, ' ', t('register.accept').replace('{version}', `${terms.version}`)),
      h('p', {}, link('/terms', t('nav.terms')), ' · ', link('/privacy', t('privacy.title'))),
    ),
  );
  codeForm.hidden = pending.email === null;
  const emailForm = sendingForm(
    emailError,
    sendButton,
    async () => {
      const answer = await sendExternalEmail(email.value, language());
      sent.replaceChildren(h('p', { class: 'notice' }, t('external.email.sent').replace('{email}', answer.email)));
      codeForm.hidden = false;
      code.focus();
    },
    described,
    field('external-email', t('external.email'), email, 'external-email-hint'),
    h('p', { id: 'external-email-hint', class: 'hint' }, t('external.email.hint')),
  );
  return [
    h('p', {}, t('external.newAccount.lead').replace('{name}', `${pending.givenName} ${pending.surname}`)),
    emailForm,
    sent,
    codeForm,
  ];
}

/** The way to ask ES for access when nothing matched: the application, prefilled with what the provider said. */
function applyLink(link: Link): HTMLElement {
  return h('p', {}, t('external.apply'), ' ', link('/register?from=external', t('nav.register')));
}

export const externalSignInPage: Page = {
  title: () => t('external.title'),
  render: async (link) => {
    let pending: ExternalPending;
    try {
      pending = await getExternalPending();
    } catch (failure) {
      if (!(failure instanceof ApiProblemError) || failure.problem.status !== 404) throw failure;
      return [h('h1', { tabindex: '-1' }, t('external.title')), h('p', {}, t('external.none')), h('p', {}, link('/sign-in', t('nav.signIn')))];
    }
    const heading = h('h1', { tabindex: '-1' }, t('external.title'));
    const who = h('p', {}, t('external.who').replace('{name}', `${pending.givenName} ${pending.surname}`.trim()).replace('{provider}', pending.providerName));
    const again = h('p', {}, h('a', { href: vpmSignInPath() }, t('external.again')));
    switch (pending.next) {
      case 'link':
        return [heading, who, h('p', {}, t('external.link.found')), linkForm('external.link.title')];
      case 'new-account':
        return [heading, who, ...(await newAccount(pending, link))];
      case 'several':
        return [heading, who, h('p', {}, t('external.several'))];
      case 'signatory':
        return [
          heading,
          who,
          h('p', {}, t('external.signatory').replace('{registrationNumber}', pending.application?.registrationNumber ?? '')),
          applyLink(link),
          linkForm('external.haveAccount'),
        ];
      case 'no-match':
        return [heading, who, h('p', {}, t('external.noMatch')), applyLink(link), linkForm('external.haveAccount')];
      case 'blocked':
        return [heading, h('p', { role: 'alert' }, t('signIn.blocked'))];
      case 'refused':
        return [heading, h('p', { role: 'alert' }, t('external.refused')), again];
    }
  },
};
