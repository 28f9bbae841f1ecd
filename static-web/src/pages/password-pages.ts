import { ApiProblemError, postJson } from '../api';
import { sendingForm } from '../forms';
import { h } from '../dom';
import { t, type MessageKey } from '../i18n';
import { navigate } from '../navigation';
import { brokenRules, checkedWhileTyping, type PasswordRule } from '../password-rules';
import type { Link, Page } from '../router';
import { loadSession, signedInUser } from '../session';

const ruleText = (rule: PasswordRule): string => t(`rule.${rule}` as MessageKey);

export function field(id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, describedBy?: string): HTMLElement {
  input.id = id;
  input.name = id;
  if (describedBy) input.setAttribute('aria-describedby', describedBy);
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

/** A new-password input with the rules listed under it, each marked as met while the user types. */
export function newPasswordField(email?: string, id = 'newPassword'): { element: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'password', autocomplete: 'new-password', required: true });
  const items = checkedWhileTyping
    .filter((rule) => rule !== 'ContainsEmailName' || email)
    .map((rule) => ({ rule, item: h('li', { 'data-rule': rule }, ruleText(rule)) }));
  const update = () => {
    const broken = brokenRules(input.value, email);
    for (const { rule, item } of items) {
      const met = input.value.length > 0 && !broken.includes(rule);
      item.className = met ? 'rule met' : 'rule';
      item.textContent = `${met ? '✓' : '○'} ${ruleText(rule)}`;
    }
  };
  input.addEventListener('input', update);
  update();
  return {
    input,
    element: h(
      'div',
      {},
      field(id, t('password.new'), input, 'password-rules'),
      h('ul', { id: 'password-rules', class: 'rules', 'aria-live': 'polite' }, items.map((i) => i.item)),
    ),
  };
}

export function problemText(problem: ApiProblemError['problem']): string {
  const rules = (problem as { rules?: PasswordRule[] }).rules;
  if (rules?.length) return rules.map(ruleText).join(' ');
  if (problem.errors?.['token']) return t('password.linkInvalid');
  if (problem.errors?.['currentPassword']) return t('password.currentWrong');
  return problem.title;
}

export function form(error: HTMLElement, submit: HTMLButtonElement, send: () => Promise<void>, ...fields: HTMLElement[]): HTMLFormElement {
  return sendingForm(error, submit, send, problemText, ...fields);
}

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
      form(error, submit, async () => {
        if (!email.value.trim()) {
          error.append(t('signIn.required'));
          return;
        }
        await postJson('/api/auth/password-reset', { email: email.value });
        done.replaceChildren(h('p', { class: 'notice' }, t('password.sent')));
      }, field('email', t('signIn.email'), email)),
    ];
  },
};

export const resetPasswordPage: Page = {
  title: () => t('password.resetTitle'),
  render: async (link: Link) => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const error = h('div', { class: 'form-error', role: 'alert' });
    const done = h('div', { role: 'status' });
    const next = newPasswordField();
    const submit = h('button', { type: 'submit', class: 'primary' }, t('password.save'));
    return [
      h('h1', { tabindex: '-1' }, t('password.resetTitle')),
      done,
      form(error, submit, async () => {
        await postJson('/api/auth/password-reset/confirm', { token, newPassword: next.input.value });
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
    if (!me) return [h('h1', { tabindex: '-1' }, t('password.changeTitle')), h('p', {}, t('account.signInFirst'), ' ', link('/sign-in', t('nav.signIn')))];
    const error = h('div', { class: 'form-error', role: 'alert' });
    const current = h('input', { type: 'password', autocomplete: 'current-password', required: true });
    const next = newPasswordField(me.email);
    const submit = h('button', { type: 'submit', class: 'primary' }, t('password.save'));
    return [
      h('h1', { tabindex: '-1' }, t('password.changeTitle')),
      me.mustChangePassword ? h('p', { class: 'notice' }, t('account.passwordDue')) : null,
      h('p', {}, t('password.changeLead')),
      form(error, submit, async () => {
        await postJson('/api/me/password', { currentPassword: current.value, newPassword: next.input.value });
        await loadSession();
        navigate('/account');
      }, field('currentPassword', t('password.current'), current), next.element),
    ];
  },
};
