// The banks a user may pay the client's invoices through.

import type { ClientDetails } from '../../api/clients';
import { getPaymentOrders, type PaymentProvider } from '../../api/payments';

/** None when the user may not pay for the client (no "payments" service for them) or the portal offers no bank: then nothing offers to pay. */
export async function banksFor(client: Pick<ClientDetails, 'id' | 'capabilities'>): Promise<PaymentProvider[]> {
  if (!client.capabilities.includes('payments')) return [];
  return getPaymentOrders(client.id, null).then(
    (list) => list.providers,
    () => [],
  );
}
