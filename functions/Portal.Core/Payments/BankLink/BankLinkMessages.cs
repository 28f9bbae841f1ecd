namespace Portal.Core.Payments.BankLink;

/// <summary>
/// The bank-link ("iPizza") messages the portal sends and reads, and the one place their fields' order is written down: the MAC is
/// made over exactly these fields, in this order (<see cref="BankLinkMac"/>). <c>VK_MAC</c>, <c>VK_ENCODING</c>, <c>VK_LANG</c> and
/// <c>VK_AUTO</c> travel beside them and are signed by no one.
/// </summary>
/// <remarks>
/// Where the orders come from: the common bank-link specification the Baltic banks adopted for the 2016 services (payment 1011/1012
/// answered by 1111/1911, authentication 4011/4012 answered by 3012/3013), as three independent public implementations write it
/// out - an open-source Java bank-link library's per-bank specification files, a PHP bank-link library used with several Baltic banks,
/// and a bank-link emulator used for testing shops - which agree field for field, and on the fields left out of the MAC. Version
/// 009 is, in the public material, the same messages signed with a SHA-2 digest instead of 008's SHA-1: the orders do not change,
/// the digest is a setting of each bank (<see cref="BankLinkBankOptions.Digest"/>) as its agreement names it. The lengths are the
/// specification's maximums, in characters.
/// </remarks>
public static class BankLinkMessages
{
    /// <summary>A payment request without the payee's account (the bank's agreement names it).</summary>
    public const string Payment = "1012";

    /// <summary>The bank's answer: paid.</summary>
    public const string Paid = "1111";

    /// <summary>The bank's answer: not paid (cancelled, refused or abandoned).</summary>
    public const string NotPaid = "1911";

    /// <summary>An authentication request with a nonce the answer echoes.</summary>
    public const string SignIn = "4012";

    /// <summary>The bank's answer to <see cref="SignIn"/>: who signed in.</summary>
    public const string SignedIn = "3013";

    /// <summary>The only text encoding the portal sends and accepts (<c>VK_ENCODING</c>); lengths count its characters.</summary>
    public const string Encoding = "UTF-8";

    /// <summary>The fields the MAC covers, in the order it covers them; null for a service the portal does not know.</summary>
    public static IReadOnlyList<string>? Order(string? service) => service switch
    {
        Payment => ["VK_SERVICE", "VK_VERSION", "VK_SND_ID", "VK_STAMP", "VK_AMOUNT", "VK_CURR", "VK_REF", "VK_MSG", "VK_RETURN", "VK_CANCEL", "VK_DATETIME"],
        Paid =>
        [
            "VK_SERVICE", "VK_VERSION", "VK_SND_ID", "VK_REC_ID", "VK_STAMP", "VK_T_NO", "VK_AMOUNT", "VK_CURR", "VK_REC_ACC", "VK_REC_NAME",
            "VK_SND_ACC", "VK_SND_NAME", "VK_REF", "VK_MSG", "VK_T_DATETIME",
        ],
        NotPaid => ["VK_SERVICE", "VK_VERSION", "VK_SND_ID", "VK_REC_ID", "VK_STAMP", "VK_REF", "VK_MSG"],
        SignIn => ["VK_SERVICE", "VK_VERSION", "VK_SND_ID", "VK_REC_ID", "VK_NONCE", "VK_RETURN", "VK_DATETIME", "VK_RID"],
        SignedIn =>
        [
            "VK_SERVICE", "VK_VERSION", "VK_DATETIME", "VK_SND_ID", "VK_REC_ID", "VK_NONCE", "VK_USER_NAME", "VK_USER_ID", "VK_COUNTRY",
            "VK_OTHER", "VK_TOKEN", "VK_RID",
        ],
        _ => null,
    };

    /// <summary>The longest each field may be, in characters.</summary>
    public static IReadOnlyDictionary<string, int> MaxLength { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["VK_SERVICE"] = 4,
        ["VK_VERSION"] = 3,
        ["VK_SND_ID"] = 15,
        ["VK_REC_ID"] = 15,
        ["VK_STAMP"] = 20,
        ["VK_T_NO"] = 20,
        ["VK_AMOUNT"] = 12,
        ["VK_CURR"] = 3,
        ["VK_REC_ACC"] = 34,
        ["VK_REC_NAME"] = 70,
        ["VK_SND_ACC"] = 34,
        ["VK_SND_NAME"] = 70,
        ["VK_REF"] = 35,
        ["VK_MSG"] = 95,
        ["VK_RETURN"] = 255,
        ["VK_CANCEL"] = 255,
        ["VK_DATETIME"] = 24,
        ["VK_T_DATETIME"] = 24,
        ["VK_NONCE"] = 50,
        ["VK_RID"] = 30,
        ["VK_USER_NAME"] = 140,
        ["VK_USER_ID"] = 20,
        ["VK_COUNTRY"] = 2,
        ["VK_OTHER"] = 150,
        ["VK_TOKEN"] = 2,
        ["VK_MAC"] = 700,
        ["VK_ENCODING"] = 12,
        ["VK_LANG"] = 3,
        ["VK_AUTO"] = 1,
    };
}
