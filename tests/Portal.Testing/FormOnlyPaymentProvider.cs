using Portal.Core.Outcomes;
using Portal.Core.Payments;

namespace Portal.Testing;

/// <summary>A payment provider that has only an address for its forms: for what depends on the providers' addresses alone (the UI's CSP).</summary>
public sealed class FormOnlyPaymentProvider(string id, Uri formAction) : IPaymentProvider
{
    public string Id => id;

    public string DisplayName => $"Bank {id}";

    public TimeSpan AnswerWindow => TimeSpan.FromMinutes(20);

    public Uri FormAction => formAction;

    public ProviderForm PaymentForm(PaymentRequest request) => throw new NotSupportedException("This provider only has a form address.");

    public Outcome<PaymentAnswer> ReadPaymentAnswer(IReadOnlyDictionary<string, string> fields) => throw new NotSupportedException("This provider only has a form address.");
}
