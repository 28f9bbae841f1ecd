// A refused payment order in the user's words, each message where it belongs: beside the invoices, the amount or the bank.

import type { Problem } from '../../api/http';
import { t } from '../../i18n';

export type PayPlace = 'invoices' | 'amount' | 'provider' | 'form';

/**
 * The 400's field errors by the place the page shows them: `invoiceIds[i]` names the i-th invoice sent (by its number),
 * `invoiceIds` the choice as a whole; a field the page does not know keeps the API's words, at the top of the form.
 */
export function payProblems(problem: Problem, sentNumbers: readonly string[]): Map<PayPlace, string[]> {
  const places = new Map<PayPlace, string[]>();
  const add = (place: PayPlace, message: string) => places.set(place, [...(places.get(place) ?? []), message]);
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const item = /^invoiceIds\[(\d+)\]$/.exec(field);
    if (item) add('invoices', t('pay.error.invoice').replace('{number}', sentNumbers[Number(item[1])] ?? `#${Number(item[1]) + 1}`));
    else if (field === 'invoiceIds') add('invoices', t('pay.error.invoiceIds'));
    else if (field === 'amount') add('amount', t('pay.error.amount'));
    else if (field === 'provider') add('provider', t('pay.error.provider'));
    else add('form', messages.join(' '));
  }
  return places;
}
