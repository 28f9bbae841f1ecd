using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Portal.Core.Payments.BankLink;

namespace Portal.UnitTests.Payments;

/// <summary>The bank-link MAC: the signed text written out by hand, and RSA PKCS#1 v1.5 checked by the key's own arithmetic.</summary>
public sealed class BankLinkMacTests : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _other = RSA.Create(2048);

    public void Dispose()
    {
        _key.Dispose();
        _other.Dispose();
    }

    [Fact]
    public void Compose_WritesEachLengthInThreeDigits_ThenTheValue()
    {
        Assert.Equal("0041012003009013RADIOATLAUJAS006150.00000", BankLinkMac.Compose(["1012", "009", "RADIOATLAUJAS", "150.00", ""]));
    }

    [Theory]
    [InlineData("Rēķins Nr. 1", "012Rēķins Nr. 1")]
    [InlineData("ŠĶŪNES ŽĪGURS", "013ŠĶŪNES ŽĪGURS")]
    // A letter outside the basic plane is one character, as the banks count (two UTF-16 units, four UTF-8 bytes).
    [InlineData("a😀b", "003a😀b")]
    public void Compose_CountsCharacters_NotBytes(string value, string expected)
    {
        Assert.Equal(expected, BankLinkMac.Compose([value]));
    }

    [Fact]
    public void Compose_AValuePast999Characters_CannotBeWritten()
    {
        Assert.Throws<ArgumentException>(() => BankLinkMac.Compose([new string('x', 1000)]));
    }

    [Fact]
    public void Compose_ByOrder_TakesTheOrdersFields_AndNoneWhenOneIsMissing()
    {
        var fields = new Dictionary<string, string> { ["B"] = "2", ["A"] = "1", ["C"] = "ignored" };

        Assert.Equal("001200120011", BankLinkMac.Compose(["B", "B", "A"], fields));
        Assert.Null(BankLinkMac.Compose(["A", "D"], fields));
    }

    [Theory]
    [InlineData("SHA1")]
    [InlineData("SHA256")]
    [InlineData("SHA512")]
    public void Sign_IsPkcs1V15_OverTheUtf8Text_WithTheDigest(string digest)
    {
        var text = BankLinkMac.Compose(["1111", "Rēķins Nr. 1"]);

        var mac = BankLinkMac.Sign(text, _key, BankLinkMac.Digest(digest)!.Value);

        // Undone with the public exponent, the signature is the PKCS#1 v1.5 block around the digest of the UTF-8 text.
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        var block = BigInteger.ModPow(Number(Convert.FromBase64String(mac)), Number(parameters.Exponent!), Number(parameters.Modulus!))
            .ToByteArray(isUnsigned: true, isBigEndian: true);
        var (prefix, hash) = digest switch
        {
            "SHA1" => ("3021300906052b0e03021a05000414", SHA1.HashData(Encoding.UTF8.GetBytes(text))),
            "SHA256" => ("3031300d060960864801650304020105000420", SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            _ => ("3051300d060960864801650304020305000440", SHA512.HashData(Encoding.UTF8.GetBytes(text))),
        };
        var tail = Convert.FromHexString(prefix).Concat(hash).ToArray();
        // The leading 00 is gone from the number: 01, FF padding, 00, the digest's DigestInfo.
        Assert.Equal(255, block.Length);
        Assert.Equal(1, block[0]);
        Assert.All(block[1..(block.Length - tail.Length - 1)], b => Assert.Equal(0xFF, b));
        Assert.Equal(0, block[^(tail.Length + 1)]);
        Assert.Equal(tail, block[^tail.Length..]);
    }

    [Fact]
    public void Verify_TheSignedText_Holds()
    {
        var text = BankLinkMac.Compose(["1111", "009", "150.00"]);

        Assert.True(BankLinkMac.Verify(text, BankLinkMac.Sign(text, _key, HashAlgorithmName.SHA512), _key, HashAlgorithmName.SHA512));
    }

    [Fact]
    public void Verify_AChangedField_AnotherKey_AnotherDigest_OrNoBase64_Fails()
    {
        var text = BankLinkMac.Compose(["1111", "009", "150.00"]);
        var mac = BankLinkMac.Sign(text, _key, HashAlgorithmName.SHA512);

        Assert.False(BankLinkMac.Verify(BankLinkMac.Compose(["1111", "009", "151.00"]), mac, _key, HashAlgorithmName.SHA512));
        Assert.False(BankLinkMac.Verify(text, BankLinkMac.Sign(text, _other, HashAlgorithmName.SHA512), _key, HashAlgorithmName.SHA512));
        Assert.False(BankLinkMac.Verify(text, mac, _key, HashAlgorithmName.SHA1));
        Assert.False(BankLinkMac.Verify(text, "not base64!", _key, HashAlgorithmName.SHA512));
    }

    [Theory]
    [InlineData("SHA1", true)]
    [InlineData("SHA256", true)]
    [InlineData("SHA512", true)]
    [InlineData("sha512", false)]
    [InlineData("MD5", false)]
    public void Digest_KnowsTheBanksDigestsOnly(string name, bool known)
    {
        Assert.Equal(known, BankLinkMac.Digest(name) is not null);
    }

    private static BigInteger Number(byte[] bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);
}
