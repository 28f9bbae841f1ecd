using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.Core.Clients;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// The HMAC key (base64, at least 32 bytes) under which personal codes appear in keys and
    /// indexes: the code itself is never a key (DESIGN.md). ./dev up makes one per machine.
    /// </summary>
    [Required(ErrorMessage = "Missing setting: Privacy:PersonalCodeKey (base64, 32 bytes or more).")]
    [MinLength(44, ErrorMessage = "Privacy:PersonalCodeKey must be base64 of 32 bytes or more.")]
    public string PersonalCodeKey { get; set; } = "";
}

/// <summary>A personal code as it may appear in a key: its HMAC, the same for "123456-12345" and "12345612345".</summary>
public sealed class PersonalCodeHmac(IOptions<PrivacyOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.PersonalCodeKey);

    public string Of(string personalCode)
    {
        var digits = new string([.. personalCode.Where(char.IsAsciiDigit)]);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(digits)));
    }
}
