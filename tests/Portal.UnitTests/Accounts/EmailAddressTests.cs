using Portal.Core.Accounts;
using Portal.Core.Notifications;

namespace Portal.UnitTests.Accounts;

public class EmailAddressTests
{
    [Theory]
    [InlineData("anna@example.lv")]
    [InlineData("anna.berzina+portal@mail.example.lv")]
    [InlineData("o'brien@example.com")]
    public void IsBare_AddrSpec_Accepted(string email) => Assert.True(EmailAddress.IsBare(email));

    [Theory]
    [InlineData("Anna <anna@example.lv>")]
    [InlineData("<anna@example.lv>")]
    [InlineData("\"Anna\" <anna@example.lv>")]
    [InlineData("\"anna berzina\"@example.lv")]
    [InlineData("\"a@b\"@example.lv")]
    [InlineData("anna(comment)@example.lv")]
    [InlineData("anna@[127.0.0.1]")]
    [InlineData("anna@example.lv, eve@example.lv")]
    [InlineData("anna@example.lv\r\nBcc: eve@example.lv")]
    [InlineData("anna@@example.lv")]
    [InlineData("@example.lv")]
    [InlineData("anna")]
    [InlineData("")]
    public void IsBare_AnythingButABareAddress_Refused(string email) => Assert.False(EmailAddress.IsBare(email));

    [Fact]
    public void IsBare_LocalPartOver64_Refused() => Assert.False(EmailAddress.IsBare(new string('a', 65) + "@example.lv"));

    [Theory]
    [InlineData(EmailTemplates.RegistrationReceived)]
    [InlineData(EmailTemplates.RegistrationRejected)]
    public void Render_MailToAnUncheckedApplicant_NeedsNoNameTheyChose(string template)
    {
        var rendered = EmailTemplates.Render(new EmailMessage("anna@example.lv", "en", template, new Dictionary<string, string>
        {
            ["time"] = "1.12.2026 10:00",
            ["reason"] = "The personal code does not match.",
        }));

        Assert.StartsWith("Hello,", rendered.Body, StringComparison.Ordinal);
    }
}
