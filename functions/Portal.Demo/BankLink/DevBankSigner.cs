using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Core.Payments.BankLink;

namespace Portal.Demo.BankLink;

/// <summary>
/// The development bank's side of the agreement, for the dev host and the tests only: our merchant key pair and the bank's key pair
/// with a self-signed certificate, made in memory at start (nothing is written anywhere). It checks our requests' MAC as a bank
/// would and writes and signs its answers in the protocol's order (<see cref="BankLinkMessages"/>, <see cref="BankLinkMac"/>).
/// </summary>
public sealed class DevBankSigner : IDisposable
{
    public const string MerchantId = "RADIOATLAUJAS";
    public const string BankId = "DEVBANK";

    /// <summary>Our account at the development bank: the standard example IBAN, no real account.</summary>
    public const string Account = "LV80BANK0000435195001";

    public const string AccountName = "VAS ELEKTRONISKIE SAKARI";

    /// <summary>The test payer every paid answer names, and their account (a made-up IBAN whose check digits hold).</summary>
    public const string PayerName = "LAIMA PRIEDĪTE";
    public const string PayerAccount = "LV97DEVB0000000000001";

    public const string Version = "009";
    public const string Digest = "SHA512";

    private static readonly HashAlgorithmName _digest = HashAlgorithmName.SHA512;
    private readonly RSA _merchant = RSA.Create(2048);
    private readonly RSA _bank = RSA.Create(2048);

    public DevBankSigner()
    {
        var request = new CertificateRequest("CN=Attīstības banka (development only)", _bank, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        BankCertificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
    }

    /// <summary>The bank's certificate, with its private key.</summary>
    public X509Certificate2 BankCertificate { get; }

    /// <summary>What <c>BankLink:Banks:devbank:BankCertificate</c> pins: the certificate's DER in base64, public part only.</summary>
    public string BankCertificateBase64 => Convert.ToBase64String(BankCertificate.RawData);

    /// <summary>What <c>BankLink:Banks:devbank:PrivateKey</c> holds: our merchant key, PEM.</summary>
    public string MerchantPrivateKeyPem => _merchant.ExportPkcs8PrivateKeyPem();

    /// <summary>The development bank's settings with these keys, its pages at <paramref name="url"/>.</summary>
    public BankLinkBankOptions Settings(string url) => new()
    {
        DisplayName = "Attīstības banka",
        Url = url,
        MerchantId = MerchantId,
        BankId = BankId,
        PrivateKey = MerchantPrivateKeyPem,
        BankCertificate = BankCertificateBase64,
        Account = Account,
        AccountName = AccountName,
        Version = Version,
        Digest = Digest,
        SignIn = true,
    };

    /// <summary>Why the bank would refuse a request (1012 or 4012) of ours, or null when it takes it: the fields, our id, our MAC.</summary>
    public string? RequestRefusal(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var service = fields.GetValueOrDefault("VK_SERVICE");
        if (service is not (BankLinkMessages.Payment or BankLinkMessages.SignIn))
        {
            return $"VK_SERVICE is {BankLinkBank.Quote(service)}, not {BankLinkMessages.Payment} or {BankLinkMessages.SignIn}";
        }

        var order = BankLinkMessages.Order(service)!;
        if (order.Append("VK_MAC").FirstOrDefault(name => !fields.ContainsKey(name)) is { } missing)
        {
            return $"the request has no {missing}";
        }

        if (fields["VK_VERSION"] != Version || fields["VK_SND_ID"] != MerchantId || (service == BankLinkMessages.SignIn && fields["VK_REC_ID"] != BankId))
        {
            return $"the request is not {Version} from {MerchantId} to {BankId}";
        }

        return BankLinkMac.Verify(BankLinkMac.Compose(order, fields)!, fields["VK_MAC"], _merchant, _digest)
            ? null
            : "the MAC (VK_MAC) does not verify with the merchant's key";
    }

    /// <summary>The fields of a paid answer (1111) to the request 1012, unsigned: a test changes them before <see cref="Sign"/>.</summary>
    public static Dictionary<string, string> Paid(IReadOnlyDictionary<string, string> request, string transaction, DateTimeOffset at) => new(StringComparer.Ordinal)
    {
        ["VK_SERVICE"] = BankLinkMessages.Paid,
        ["VK_VERSION"] = Version,
        ["VK_SND_ID"] = BankId,
        ["VK_REC_ID"] = MerchantId,
        ["VK_STAMP"] = request["VK_STAMP"],
        ["VK_T_NO"] = transaction,
        ["VK_AMOUNT"] = request["VK_AMOUNT"],
        ["VK_CURR"] = request["VK_CURR"],
        ["VK_REC_ACC"] = Account,
        ["VK_REC_NAME"] = AccountName,
        ["VK_SND_ACC"] = PayerAccount,
        ["VK_SND_NAME"] = PayerName,
        ["VK_REF"] = request["VK_REF"],
        ["VK_MSG"] = request["VK_MSG"],
        ["VK_T_DATETIME"] = BankLinkValues.Time(at),
    };

    /// <summary>The fields of a not-paid answer (1911) to the request 1012, unsigned.</summary>
    public static Dictionary<string, string> NotPaid(IReadOnlyDictionary<string, string> request) => new(StringComparer.Ordinal)
    {
        ["VK_SERVICE"] = BankLinkMessages.NotPaid,
        ["VK_VERSION"] = Version,
        ["VK_SND_ID"] = BankId,
        ["VK_REC_ID"] = MerchantId,
        ["VK_STAMP"] = request["VK_STAMP"],
        ["VK_REF"] = request["VK_REF"],
        ["VK_MSG"] = request["VK_MSG"],
    };

    /// <summary>The fields of the answer 3013 to the request 4012 for <paramref name="person"/>, unsigned.</summary>
    public static Dictionary<string, string> SignedIn(IReadOnlyDictionary<string, string> request, DevBankPerson person, DateTimeOffset at) => new(StringComparer.Ordinal)
    {
        ["VK_SERVICE"] = BankLinkMessages.SignedIn,
        ["VK_VERSION"] = Version,
        ["VK_DATETIME"] = BankLinkValues.Time(at),
        ["VK_SND_ID"] = BankId,
        ["VK_REC_ID"] = MerchantId,
        ["VK_NONCE"] = request["VK_NONCE"],
        ["VK_USER_NAME"] = person.UserName,
        ["VK_USER_ID"] = person.UserId,
        ["VK_COUNTRY"] = "LV",
        ["VK_OTHER"] = "",
        ["VK_TOKEN"] = person.Token,
        ["VK_RID"] = request["VK_RID"],
    };

    /// <summary>
    /// An answer as the bank sends it: the fields of its service in protocol order, signed with the bank's key (<c>VK_MAC</c>), then
    /// <c>VK_ENCODING</c>, <c>VK_LANG</c> and, for a payment's answer, <c>VK_AUTO</c>. A field the order names and
    /// <paramref name="values"/> lacks is left out (a test's broken answer), and so is the MAC it would need.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sign(IReadOnlyDictionary<string, string> values, string? auto = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var order = BankLinkMessages.Order(values["VK_SERVICE"])!;
        var fields = order.Where(values.ContainsKey).Select(name => KeyValuePair.Create(name, values[name])).ToList();
        if (BankLinkMac.Compose(order, values) is { } composed)
        {
            fields.Add(KeyValuePair.Create("VK_MAC", BankLinkMac.Sign(composed, _bank, _digest)));
        }

        fields.Add(KeyValuePair.Create("VK_ENCODING", BankLinkMessages.Encoding));
        fields.Add(KeyValuePair.Create("VK_LANG", "LAT"));
        if (auto is not null)
        {
            fields.Add(KeyValuePair.Create("VK_AUTO", auto));
        }

        return fields;
    }

    public void Dispose()
    {
        BankCertificate.Dispose();
        _merchant.Dispose();
        _bank.Dispose();
    }
}
