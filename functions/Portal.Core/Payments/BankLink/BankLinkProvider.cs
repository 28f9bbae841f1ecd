using Portal.Core.Outcomes;

namespace Portal.Core.Payments.BankLink;

/// <summary>
/// One bank's link as a payment provider: the signed request 1012 the browser posts to the bank, and the bank's answers 1111 (paid)
/// and 1911 (not paid), which come twice - server to server (<c>VK_AUTO=Y</c>) and through the browser (<c>N</c>) - by GET or POST.
/// Whether the stamp names a pending order and the amount, currency and reference agree with it is settlement's to check.
/// </summary>
public sealed class BankLinkProvider(BankLinkBank bank) : IPaymentProvider
{
    public string Id => bank.Id;

    public string DisplayName => bank.Settings.DisplayName!;

    public TimeSpan AnswerWindow => bank.Settings.AnswerWindow;

    public Uri FormAction => new(bank.Settings.Url!);

    /// <summary>
    /// 1012 to the bank's address: both return addresses the request's, the time its <see cref="PaymentRequest.At"/> in Riga with
    /// the offset, the payer's language (<c>LAT</c>, <c>ENG</c>). A request whose stamp, reference or message does not fit its
    /// field is the caller's mistake (an <see cref="ArgumentException"/>), not something to cut short.
    /// </summary>
    public ProviderForm PaymentForm(PaymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Stamp.Length == 0)
        {
            throw new ArgumentException("A payment request needs a stamp.", nameof(request));
        }

        var returnAddress = request.ReturnAddress.AbsoluteUri;
        var fields = bank.Signed(new Dictionary<string, string>
        {
            ["VK_SERVICE"] = BankLinkMessages.Payment,
            ["VK_VERSION"] = bank.Settings.Version,
            ["VK_SND_ID"] = bank.Settings.MerchantId!,
            ["VK_STAMP"] = request.Stamp,
            ["VK_AMOUNT"] = BankLinkValues.Amount(request.Cents),
            ["VK_CURR"] = request.Currency,
            ["VK_REF"] = request.Reference,
            ["VK_MSG"] = request.Message,
            ["VK_RETURN"] = returnAddress,
            ["VK_CANCEL"] = returnAddress,
            ["VK_DATETIME"] = BankLinkValues.Time(request.At),
        }, Language(request.Language));
        return new ProviderForm(new Uri(bank.Settings.Url!), fields);
    }

    /// <summary>
    /// 1111 or 1911, checked (<see cref="BankLinkBank.Refusal"/>), then read: for 1111 our account, a transaction id, the amount in
    /// cents exactly, the currency and the time of payment must hold. Bad input never throws.
    /// </summary>
    public Outcome<PaymentAnswer> ReadPaymentAnswer(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (bank.Refusal(fields, BankLinkMessages.Paid, BankLinkMessages.NotPaid) is { } refusal)
        {
            return Refused(refusal);
        }

        var stamp = fields["VK_STAMP"];
        if (stamp.Length == 0)
        {
            return Refused("the answer's stamp (VK_STAMP) is empty");
        }

        var auto = fields.GetValueOrDefault("VK_AUTO");
        if (auto is not (null or "Y" or "N"))
        {
            return Refused($"the answer's VK_AUTO is {BankLinkBank.Quote(auto)}, not Y or N");
        }

        var fromServer = auto == "Y";
        var reference = fields["VK_REF"];
        if (fields["VK_SERVICE"] == BankLinkMessages.NotPaid)
        {
            return new PaymentAnswer(Id, stamp, false, null, null, reference, null, null, null, null, fromServer);
        }

        if (Iban.Normal(fields["VK_REC_ACC"]) != bank.Settings.Account)
        {
            return Refused($"the money went to the account {BankLinkBank.Quote(fields["VK_REC_ACC"])} (VK_REC_ACC), not ours at the bank");
        }

        if (fields["VK_T_NO"].Length == 0)
        {
            return Refused("the answer names no transaction (VK_T_NO)");
        }

        if (BankLinkValues.Cents(fields["VK_AMOUNT"]) is not { } cents)
        {
            return Refused($"the amount (VK_AMOUNT) {BankLinkBank.Quote(fields["VK_AMOUNT"])} is not a positive sum with at most two decimals");
        }

        if (fields["VK_CURR"] is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            return Refused($"the currency (VK_CURR) {BankLinkBank.Quote(fields["VK_CURR"])} is not a currency code");
        }

        if (BankLinkValues.Instant(fields["VK_T_DATETIME"]) is not { } paidAt)
        {
            return Refused($"the time of payment (VK_T_DATETIME) {BankLinkBank.Quote(fields["VK_T_DATETIME"])} is not yyyy-MM-ddTHH:mm:ss+hhmm");
        }

        return new PaymentAnswer(Id, stamp, true, cents, currency, reference, fields["VK_T_NO"], paidAt,
            Present(fields["VK_SND_NAME"]), Present(fields["VK_SND_ACC"]), fromServer);
    }

    private PaymentAnswerRefused Refused(string reason) => new(Id, reason);

    private static string Language(string language) => language == "en" ? "ENG" : "LAT";

    private static string? Present(string value) => value.Length > 0 ? value : null;
}
