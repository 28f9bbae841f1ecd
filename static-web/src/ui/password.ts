// A new password: its input with the rules checked while the user types, and the words for the
// server's refusal (a rule the page cannot check, a spent link, a wrong current password).

import type { Problem } from '../api/http';
import { t } from '../i18n';
import { brokenRules, checkedWhileTyping, type PasswordRule } from '../password-rules';
import { h } from './dom';
import { field, sendingForm } from './forms';
import type { ProblemWording } from './problem';

const ruleText = (rule: PasswordRule): string => t(`rule.${rule}`);

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

/** A password form's problem in the user's language: the rules broken, a spent link, a wrong current password, checks paused; else its title. */
export const passwordWording: ProblemWording = {
  known: (problem: Problem & { rules?: PasswordRule[] }) => {
    if (problem.status === 429) return t('password.checksPaused');
    if (problem.rules?.length) return problem.rules.map(ruleText).join(' ');
    if (problem.errors?.['token']) return t('password.linkInvalid');
    if (problem.errors?.['currentPassword']) return t('password.currentWrong');
    return undefined;
  },
  fieldErrors: false,
  detail: false,
};

/** A form that sends a password (or a link's token) and says a refusal as passwordWording does. */
export function passwordForm(error: HTMLElement, submit: HTMLButtonElement, send: () => Promise<void>, ...fields: HTMLElement[]): HTMLFormElement {
  return sendingForm(error, submit, send, passwordWording, ...fields);
}
