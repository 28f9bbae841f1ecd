using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Portal.Core.Payments.BankLink;

namespace Portal.UnitTests.Payments;

/// <summary>Every configured bank is checked at start-up, each wrong setting named by its full name.</summary>
public sealed class BankLinkOptionsTests(BankLinkKeys keys) : IClassFixture<BankLinkKeys>
{
    private BankLinkOptions Options(string id = "swedbank", BankLinkBankOptions? bank = null) => new() { Banks = { [id] = bank ?? keys.Settings() } };

    [Fact]
    public void NoBanks_IsValid_AndABankWithoutUrlIsNotConfigured()
    {
        var options = Options(bank: new BankLinkBankOptions { DisplayName = "Swedbank" });

        Assert.Empty(Validate(new BankLinkOptions()));
        Assert.Empty(Validate(options));
        Assert.Empty(options.Configured);
    }

    [Fact]
    public void ABank_WithEverything_IsValid_AndItsDefaultsAreSensible()
    {
        var bank = new BankLinkBankOptions();

        Assert.Empty(Validate(Options()));
        Assert.Equal(("009", "SHA512", TimeSpan.FromMinutes(30), false), (bank.Version, bank.Digest, bank.AnswerWindow, bank.SignIn));
    }

    [Fact]
    public void Certificate_AsPem_IsReadToo()
    {
        var bank = keys.Settings();
        bank.BankCertificate = keys.Signer.BankCertificate.ExportCertificatePem();

        Assert.Empty(Validate(Options(bank: bank)));
    }

    [Theory]
    [InlineData(nameof(BankLinkBankOptions.DisplayName), null, "BankLink:Banks:swedbank:DisplayName")]
    [InlineData(nameof(BankLinkBankOptions.Url), "http://bank.test/banklink", "BankLink:Banks:swedbank:Url")]
    [InlineData(nameof(BankLinkBankOptions.Url), "/banklink", "BankLink:Banks:swedbank:Url")]
    [InlineData(nameof(BankLinkBankOptions.MerchantId), null, "BankLink:Banks:swedbank:MerchantId")]
    [InlineData(nameof(BankLinkBankOptions.MerchantId), "A-MERCHANT-ID-OF-16", "BankLink:Banks:swedbank:MerchantId")]
    [InlineData(nameof(BankLinkBankOptions.BankId), "", "BankLink:Banks:swedbank:BankId")]
    [InlineData(nameof(BankLinkBankOptions.PrivateKey), null, "BankLink:Banks:swedbank:PrivateKey")]
    [InlineData(nameof(BankLinkBankOptions.PrivateKey), "@Microsoft.KeyVault(VaultName=kv;SecretName=banklink-swedbank-key)", "BankLink:Banks:swedbank:PrivateKey")]
    [InlineData(nameof(BankLinkBankOptions.BankCertificate), null, "BankLink:Banks:swedbank:BankCertificate")]
    [InlineData(nameof(BankLinkBankOptions.BankCertificate), "bm90IGEgY2VydGlmaWNhdGU=", "BankLink:Banks:swedbank:BankCertificate")]
    [InlineData(nameof(BankLinkBankOptions.Account), null, "BankLink:Banks:swedbank:Account")]
    [InlineData(nameof(BankLinkBankOptions.Account), "LV81BANK0000435195001", "BankLink:Banks:swedbank:Account")]
    [InlineData(nameof(BankLinkBankOptions.Account), "LV80 BANK 0000 4351 9500 1", "BankLink:Banks:swedbank:Account")]
    [InlineData(nameof(BankLinkBankOptions.Version), "010", "BankLink:Banks:swedbank:Version")]
    [InlineData(nameof(BankLinkBankOptions.Digest), "MD5", "BankLink:Banks:swedbank:Digest")]
    public void ABank_WithASettingWrong_FailsNamingIt(string property, string? value, string setting)
    {
        var bank = keys.Settings();
        typeof(BankLinkBankOptions).GetProperty(property)!.SetValue(bank, value);

        var result = Assert.Single(Validate(Options(bank: bank)));

        Assert.Contains(setting, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:04:59")]
    [InlineData("1.00:00:01")]
    public void ABank_WithAnAnswerWindowOutOfRange_FailsNamingIt(string window)
    {
        var bank = keys.Settings();
        bank.AnswerWindow = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("BankLink:Banks:swedbank:AnswerWindow", Assert.Single(Validate(Options(bank: bank))).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ABank_WithAPublicKeyOrAShortKey_FailsNamingThePrivateKey()
    {
        using var small = RSA.Create(1024);
        using var mine = RSA.Create();
        mine.ImportFromPem(keys.Signer.MerchantPrivateKeyPem);
        foreach (var pem in new[] { small.ExportPkcs8PrivateKeyPem(), mine.ExportSubjectPublicKeyInfoPem() })
        {
            var bank = keys.Settings();
            bank.PrivateKey = pem;

            Assert.Contains("BankLink:Banks:swedbank:PrivateKey", Assert.Single(Validate(Options(bank: bank))).ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Swedbank")]
    [InlineData("seb_lv")]
    [InlineData("vpm")]
    [InlineData("-seb")]
    public void ABankId_ThatIsNotARouteName_FailsNamingIt(string id)
    {
        Assert.Contains($"BankLink:Banks:{id}", Assert.Single(Validate(Options(id))).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpAddress_IsTakenOnlyForTheDevelopmentBank_WhenItIsOn()
    {
        var bank = keys.Settings();
        bank.Url = "http://localhost:7071/dev-bank/link";

        Assert.Empty(Validate(new BankLinkOptions { DevelopmentBank = true, Banks = { [BankLinkOptions.DevelopmentBankId] = bank } }));
        Assert.Single(Validate(new BankLinkOptions { Banks = { [BankLinkOptions.DevelopmentBankId] = bank } }));
        Assert.Contains("BankLink:DevelopmentBank", Assert.Single(Validate(new BankLinkOptions { DevelopmentBank = true, Banks = { ["swedbank"] = keys.Settings() } })).ErrorMessage, StringComparison.Ordinal);
    }

    private static List<ValidationResult> Validate(BankLinkOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
