using Portal.Core.Billing;

namespace Portal.Demo;

public static partial class FeedGenerator
{
    // Invoices by billing arrangement, credit notes, cancellations and payments.
    private sealed partial class Builder
    {
        /// <summary>The invoices of one stream (a person, or one billing account) at the pace of its arrangement.</summary>
        private void AddStream(List<Draft> drafts, Holder holder, string? accountId, string arrangement, long monthlyCents, DateOnly? closedOn)
        {
            var (step, anchorMonth) = arrangement switch
            {
                "advance-payment" => (12, Between(1, 12)),
                "quarterly-invoice" => (3, 1),
                _ => (1, 1),
            };
            var terms = arrangement == "advance-payment" ? 14 : Pick([14, 20, 21, 30]);
            var date = new DateOnly(_today.Year, anchorMonth, Between(1, 10));
            while (date.AddMonths(step) <= _today)
            {
                date = date.AddMonths(step);
            }

            while (date > _today)
            {
                date = date.AddMonths(-step);
            }

            var dates = new List<DateOnly>();
            for (; date > _from; date = date.AddMonths(-step))
            {
                if (closedOn is null || date <= closedOn)
                {
                    dates.Add(date);
                }
            }

            dates.Reverse();
            foreach (var issuedOn in dates)
            {
                var cents = Math.Max(1, monthlyCents * step * Between(95, 105) / 100);
                var invoice = new Draft { Holder = holder, AccountId = accountId, Kind = "invoice", IssuedOn = issuedOn, DueOn = issuedOn.AddDays(terms), Cents = cents, Due = cents };
                drafts.Add(invoice);
                if (Chance(3) && issuedOn.AddDays(20) <= _today)
                {
                    AddCreditNote(drafts, invoice);
                }
                else if (Chance(1) && issuedOn.AddDays(10) <= _today)
                {
                    Cancel(drafts, invoice, terms);
                }
            }
        }

        /// <summary>A credit note for part of the invoice (all of it when <paramref name="whole"/>), most naming the invoice it credits.</summary>
        private void AddCreditNote(List<Draft> drafts, Draft invoice, bool whole = false)
        {
            var credit = whole ? invoice.Due : Math.Max(1, invoice.Due * Between(5, 50) / 100);
            invoice.Due -= credit;
            drafts.Add(new Draft
            {
                Holder = invoice.Holder, AccountId = invoice.AccountId, Kind = "credit-note", IssuedOn = invoice.IssuedOn.AddDays(Between(3, 20)), Cents = credit,
                Credits = whole || Chance(80) ? invoice : null,
            });
        }

        private void Cancel(List<Draft> drafts, Draft invoice, int terms)
        {
            invoice.Cancelled = true;
            invoice.Due = 0;
            var issuedOn = invoice.IssuedOn.AddDays(Between(2, 7));
            var cents = Math.Max(1, invoice.Cents * Between(90, 100) / 100);
            drafts.Add(new Draft { Holder = invoice.Holder, AccountId = invoice.AccountId, Kind = "invoice", IssuedOn = issuedOn, DueOn = issuedOn.AddDays(terms), Cents = cents, Due = cents });
        }

        /// <summary>A demo shows both: when chance gave no credit note or no cancellation, one older invoice gets it.</summary>
        private void EnsureCreditNoteAndCancellation(List<Draft> drafts)
        {
            Draft[] Eligible() => [.. drafts.Where(d => d is { Kind: "invoice", Cancelled: false } && d.Due == d.Cents && d.IssuedOn.AddDays(60) <= _today)];

            if (!drafts.Any(d => d.Kind == "credit-note") && Eligible() is { Length: > 0 } forCredit)
            {
                AddCreditNote(drafts, Pick(forCredit));
            }

            if (!drafts.Any(d => d.Kind == "credit-note" && d.Credits?.Due == 0) && Eligible() is { Length: > 0 } forWholeCredit)
            {
                AddCreditNote(drafts, Pick(forWholeCredit), whole: true);
            }

            if (!drafts.Any(d => d.Cancelled) && Eligible() is { Length: > 0 } forCancel)
            {
                var invoice = Pick(forCancel);
                Cancel(drafts, invoice, invoice.DueOn!.Value.DayNumber - invoice.IssuedOn.DayNumber);
            }
        }

        private List<InvoiceRecord> Number(List<Draft> drafts)
        {
            var invoices = new List<InvoiceRecord>(drafts.Count);
            var (year, sequence) = (0, 0);
            foreach (var draft in drafts)
            {
                (year, sequence) = draft.IssuedOn.Year == year ? (year, sequence + 1) : (draft.IssuedOn.Year, 1);
                draft.ExternalId = $"{_prefix}INV-{invoices.Count + 1:D6}";

                // The reference to quote when paying: the year and sequence, digits only, as banks' forms take it.
                invoices.Add(new InvoiceRecord(
                    draft.ExternalId, 1, draft.Holder.Id, $"ES-{year}-{sequence:D6}", draft.Kind, draft.IssuedOn, draft.DueOn,
                    draft.Cents / 100m, draft.Cancelled ? "cancelled" : "issued", draft.AccountId, draft.Credits?.ExternalId,
                    draft.Kind == "invoice" ? $"{year}{sequence:D6}" : null));
            }

            return invoices;
        }

        /// <summary>When an invoice is paid: around its due date (an advance soon after it is issued); null when that is still to come.</summary>
        private DateOnly? PaidOn(DateOnly issuedOn, DateOnly dueOn, bool advance)
        {
            var on = advance ? issuedOn.AddDays(Between(0, 10)) : dueOn.AddDays(Between(-10, 6));
            on = on < issuedOn ? issuedOn.AddDays(1) : on;
            return on <= _today ? on : null;
        }

        private List<PaymentRecord> Pay(List<Draft> drafts)
        {
            var legal = _holders.Where(holder => holder.Legal).ToList();
            var overdue = legal.FirstOrDefault(holder => holder.Arrangement == "monthly-invoice") ?? legal.FirstOrDefault() ?? _holders.FirstOrDefault();
            var inCredit = legal.FirstOrDefault(holder => holder != overdue && holder.Arrangement == "advance-payment")
                ?? _holders.FirstOrDefault(holder => holder != overdue && holder.Arrangement == "advance-payment")
                ?? _holders.FirstOrDefault(holder => holder != overdue);
            var received = new List<(DateOnly On, Holder Holder, long Cents, Draft? Invoice)>();
            foreach (var holder in _holders)
            {
                var invoices = drafts.Where(d => d.Holder == holder && d is { Kind: "invoice", Cancelled: false }).ToList();
                var unpaidFrom = invoices.Count;
                if (holder == overdue)
                {
                    var lastDue = invoices.FindLastIndex(d => d.DueOn < _today);
                    unpaidFrom = lastDue >= 0 ? lastDue : unpaidFrom;
                }
                else if (Chance(30))
                {
                    unpaidFrom = Math.Max(0, invoices.Count - Between(1, 2));
                }

                var advance = holder.Arrangement == "advance-payment";
                for (var i = 0; i < unpaidFrom; i++)
                {
                    var invoice = invoices[i];
                    if (invoice.Due <= 0 || PaidOn(invoice.IssuedOn, invoice.DueOn!.Value, advance) is not { } on)
                    {
                        continue;
                    }

                    if (holder.Legal && invoice.Due >= 2_00 && Chance(5))
                    {
                        // Paid in two parts; the second may still be to come.
                        var part = invoice.Due / 2;
                        received.Add((on, holder, part, invoice));
                        if (on.AddDays(Between(5, 20)) is var later && later <= _today)
                        {
                            received.Add((later, holder, invoice.Due - part, invoice));
                        }
                    }
                    else
                    {
                        var roundedUp = (invoice.Due + 4_99) / 5_00 * 5_00;
                        received.Add((on, holder, !holder.Legal && advance && Chance(25) ? roundedUp : invoice.Due, invoice));
                    }
                }

                if (holder == inCredit)
                {
                    received.Add((_today.AddDays(-Between(1, 20)), holder, Between(5, 30) * 10_00, null));
                }
            }

            // Most payments quote the invoice they pay, and the back office allocates them to it; the rest settle the oldest due first.
            return [.. received.OrderBy(payment => payment.On)
                .Select((payment, index) => new PaymentRecord(
                    $"{_prefix}PAY-{index + 1:D6}", 1, payment.Holder.Id, payment.On, payment.Cents / 100m,
                    payment.Invoice is { } paid && Chance(75) ? [new AllocationRecord(paid.ExternalId, Math.Min(payment.Cents, paid.Due) / 100m)] : null))];
        }
    }
}
