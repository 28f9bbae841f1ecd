using Portal.Core.Outcomes;

namespace Portal.Core.Payments;

/// <summary>
/// One payment provider behind one seam: the form that sends the payer to it, and the validation of its answers. A bank link
/// (Swedbank-style "iPizza", one instance per configured bank) is one; an aggregator with signed JWT callbacks would be another.
/// Orders and settlement never see a provider's fields: they get a <see cref="PaymentAnswer"/>.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The provider's short name: the <c>{bank}</c> of the routes and the order's provider (lower-case letters, digits, hyphens).</summary>
    string Id { get; }

    /// <summary>The name a payer knows it by, as shown on the payment page.</summary>
    string DisplayName { get; }

    /// <summary>The longest a payer may take at the provider before it answers: a pending order with no answer expires after it.</summary>
    TimeSpan AnswerWindow { get; }

    /// <summary>Where <see cref="PaymentForm"/>'s forms are posted: the UI's CSP lets forms go there (<c>form-action</c>) and nowhere else outside the portal.</summary>
    Uri FormAction { get; }

    /// <summary>The form the browser posts to the provider to pay <paramref name="request"/>, built and signed here.</summary>
    ProviderForm PaymentForm(PaymentRequest request);

    /// <summary>
    /// Reads and validates one answer as it came (query or form fields): the provider's signature, that it is meant for us (our
    /// merchant id, our account) and what it says. A refused answer is a <see cref="PaymentAnswerRefused"/> naming what did not hold,
    /// for the audit trail; whether the order it names exists and agrees is the orders' business, not the provider's.
    /// </summary>
    Outcome<PaymentAnswer> ReadPaymentAnswer(IReadOnlyDictionary<string, string> fields);
}
