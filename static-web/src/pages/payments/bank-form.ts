// The bank's form, posted by the browser: the page builds it from the order's answer and submits it from here (the CSP
// allows no inline script, and its form-action names the configured banks alone).

import type { BankForm } from '../../api/payments';
import { h } from '../../ui/dom';

/** A hidden form with the bank's fields, in the bank's order, as the bank signed them. */
export function bankForm(form: BankForm): HTMLFormElement {
  return h(
    'form',
    { method: 'post', action: form.action, 'accept-charset': 'UTF-8', hidden: true },
    ...form.fields.map((field) => h('input', { type: 'hidden', name: field.name, value: field.value })),
  );
}

/** Takes the browser to the bank. */
export function postToBank(form: BankForm): void {
  const element = bankForm(form);
  document.body.append(element);
  // The prototype's submit: a bank field named "submit" would shadow the form's own.
  HTMLFormElement.prototype.submit.call(element);
}
