using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.Core.Clients;

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
