using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Portal.Core.Payments.BankLink;

/// <summary>
/// One configured bank, its keys read once: what its payment provider and its sign-in share - our requests signed, and the checks
/// every answer of the bank must pass before anything in it is read (service, fields and their lengths, version, encoding, the MAC
/// against the pinned certificate, the bank's id and ours).
/// </summary>
public sealed class BankLinkBank : IDisposable
{
    private readonly RSA _ourKey;
    private readonly RSA _bankKey;
    private readonly HashAlgorithmName _digest;

    /// <summary>Reads the keys of a bank whose settings passed <see cref="BankLinkBankOptions.Validate"/>.</summary>
    public BankLinkBank(string id, BankLinkBankOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Id = id;
        Settings = settings;
        _ourKey = settings.ReadPrivateKey() ?? throw new InvalidOperationException($"{BankLinkOptions.Section}:Banks:{id}:PrivateKey is not an RSA private key.");
        using var certificate = settings.ReadCertificate() ?? throw new InvalidOperationException($"{BankLinkOptions.Section}:Banks:{id}:BankCertificate is not a certificate.");
        _bankKey = certificate.GetRSAPublicKey()!;
        _digest = BankLinkMac.Digest(settings.Digest) ?? throw new InvalidOperationException($"{BankLinkOptions.Section}:Banks:{id}:Digest is not known.");
        NonceKey = SHA256.HashData([.. _ourKey.ExportPkcs8PrivateKey(), .. Encoding.ASCII.GetBytes("bank-link nonce")]);
    }

    /// <summary>The bank's id here: the <c>{bank}</c> of the routes, the provider's name.</summary>
    public string Id { get; }

    public BankLinkBankOptions Settings { get; }

    /// <summary>A key only this portal's instances have (derived from our private key), for what the portal must recognise as its own.</summary>
    internal byte[] NonceKey { get; }

    /// <summary>
    /// A request's fields in protocol order, signed (<c>VK_MAC</c>), then <c>VK_ENCODING</c> and <c>VK_LANG</c>. Every value must fit
    /// its field: a request that does not is the caller's mistake, not the bank's.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Signed(IReadOnlyDictionary<string, string> values, string language)
    {
        ArgumentNullException.ThrowIfNull(values);
        var order = BankLinkMessages.Order(values.GetValueOrDefault("VK_SERVICE")) ?? throw new ArgumentException("Not a bank-link service.", nameof(values));
        foreach (var name in order)
        {
            if (!values.TryGetValue(name, out var value) || value.EnumerateRunes().Count() > BankLinkMessages.MaxLength[name])
            {
                throw new ArgumentException($"{name} is missing or longer than {BankLinkMessages.MaxLength[name]} characters.", nameof(values));
            }
        }

        var mac = BankLinkMac.Sign(BankLinkMac.Compose(order, values)!, _ourKey, _digest);
        return
        [
            .. order.Select(name => KeyValuePair.Create(name, values[name])),
            KeyValuePair.Create("VK_MAC", mac),
            KeyValuePair.Create("VK_ENCODING", BankLinkMessages.Encoding),
            KeyValuePair.Create("VK_LANG", language),
        ];
    }

    /// <summary>Why an answer of one of <paramref name="services"/> is not the bank's to us, or null when it is; nothing else of it is read before.</summary>
    public string? Refusal(IReadOnlyDictionary<string, string> fields, params string[] services)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var service = fields.GetValueOrDefault("VK_SERVICE");
        if (service is null || !services.Contains(service))
        {
            return $"the answer's service (VK_SERVICE) is {Quote(service)}, not {string.Join(" or ", services)}";
        }

        var order = BankLinkMessages.Order(service)!;
        foreach (var name in order.Append("VK_MAC"))
        {
            if (!fields.ContainsKey(name))
            {
                return $"the answer has no {name}";
            }
        }

        foreach (var (name, value) in fields)
        {
            if (BankLinkMessages.MaxLength.TryGetValue(name, out var max) && value.EnumerateRunes().Count() > max)
            {
                return $"the answer's {name} is longer than {max} characters";
            }
        }

        if (fields["VK_VERSION"] != Settings.Version)
        {
            return $"the answer's version (VK_VERSION) is {Quote(fields["VK_VERSION"])}, not {Settings.Version}";
        }

        if (fields.TryGetValue("VK_ENCODING", out var encoding) && !string.Equals(encoding, BankLinkMessages.Encoding, StringComparison.OrdinalIgnoreCase))
        {
            return $"the answer's encoding (VK_ENCODING) is {Quote(encoding)}, not {BankLinkMessages.Encoding}";
        }

        if (!BankLinkMac.Verify(BankLinkMac.Compose(order, fields)!, fields["VK_MAC"], _bankKey, _digest))
        {
            return "the signature (VK_MAC) does not verify with the bank's pinned certificate (the answer was changed, or signed by another key)";
        }

        // Signed by the bank: what follows is what the bank said.
        if (fields["VK_SND_ID"] != Settings.BankId)
        {
            return $"the answer is from {Quote(fields["VK_SND_ID"])} (VK_SND_ID), not the bank {Settings.BankId}";
        }

        return fields["VK_REC_ID"] != Settings.MerchantId ? $"the answer is for {Quote(fields["VK_REC_ID"])} (VK_REC_ID), not our merchant id {Settings.MerchantId}" : null;
    }

    /// <summary>A value of an answer as a reason shows it: quoted, at most 40 characters, nothing that is not printable.</summary>
    public static string Quote(string? value) =>
        value is null ? "none" : $"\"{new string([.. value.Take(40).Select(c => char.IsControl(c) ? '?' : c)])}{(value.Length > 40 ? "…" : "")}\"";

    public void Dispose()
    {
        _ourKey.Dispose();
        _bankKey.Dispose();
    }
}
