using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Identity;
using Portal.Core.Identity.Vpm;
using Portal.Core.Outcomes;
using Portal.Demo.Vpm;

namespace Portal.UnitTests.Identity;

/// <summary>
/// VPM's answer read and validated (§2.8, §10): answers the stand-in's signer makes, changed the ways an attacker or a clock would.
/// Each refusal is checked for its reason, so a test fails when the check it stands for is gone.
/// </summary>
public sealed class VpmProtocolTests : IClassFixture<VpmProtocolTests.Signers>
{
    private const string Realm = "https://portal.test/";
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan _skew = TimeSpan.FromMinutes(2);

    private readonly VpmStandInIssuer _issuer;
    private readonly VpmStandInIssuer _stranger;
    private readonly FakeTimeProvider _time = new(_now);
    private readonly MemoryUsedAssertions _used = new();
    private readonly VpmProtocol _protocol;

    public VpmProtocolTests(Signers signers)
    {
        _issuer = signers.Vpm;
        _stranger = signers.Stranger;
        _protocol = new VpmProtocol(Options.Create(new VpmOptions
        {
            StsUrl = "https://vpm.test/IVIS.LVP.STS/Default.aspx",
            Realm = Realm,
            ReplyUrl = "https://portal.test/api/auth/vpm/callback",
            SigningCertificate = _issuer.CertificateBase64,
            ClockSkew = _skew,
        }), _used, _time);
    }

    private static VpmTestPerson OlderCode => VpmTestPeople.Find(VpmTestPeople.OlderCodeKey)!;

    private static VpmAnswerContent Content(VpmTestPerson? person = null) => VpmStandInIssuer.Describe(person ?? OlderCode, Realm, _now, "ctx-1");

    [Fact]
    [Trait("Clause", "2.8")]
    public async Task Valid_YieldsTheIdentity_AndTheContext()
    {
        var answer = await ReadAsync(_issuer.Answer(Content()));

        var identity = Accepted(answer).Identity;
        Assert.Equal("ctx-1", answer.Value.Context);
        Assert.Equal(("vpm", "PK:32784510269", "32784510269"), (identity.Provider, identity.Subject, identity.PersonalCode));
        Assert.Equal(["15037811002"], identity.PreviousCodes);
        Assert.Equal(("ILZE", "OZOLA"), (identity.GivenName, identity.Surname));
        Assert.Equal((VpmTestPeople.EidCard, "4", null), (identity.AuthenticationMethod, identity.AssuranceLevel, identity.CompanyRegistrationNumber));
    }

    [Fact]
    public async Task Signatory_YieldsThePerson_AndTheCompanyBeside()
    {
        var identity = Accepted(await ReadAsync(_issuer.Answer(Content(VpmTestPeople.Find(VpmTestPeople.SignatoryKey))))).Identity;

        Assert.Equal((VpmTestPeople.SignatoryCode, VpmTestPeople.SignatoryCompany), (identity.PersonalCode, identity.CompanyRegistrationNumber));
        Assert.Equal($"PK:{VpmTestPeople.SignatoryCode}-UR:{VpmTestPeople.SignatoryCompany}", identity.Subject);
    }

    [Fact]
    public async Task NoOriginalMark_TheNameIdentifiersCodeIsCurrent()
    {
        var content = Content() with { CurrentCode = null, PreviousCodes = ["15037811002", "32784510269"] };

        var identity = Accepted(await ReadAsync(_issuer.Answer(content))).Identity;

        Assert.Equal("32784510269", identity.PersonalCode);
        Assert.Equal(["15037811002"], identity.PreviousCodes);
    }

    [Fact]
    public async Task Tampered_NameIdentifierChangedAfterSigning_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            foreach (XmlElement name in document.GetElementsByTagName("NameIdentifier", VpmXml.Saml))
            {
                name.InnerText = $"PK:{VpmTestPeople.PasswordUserCode}";
            }
        });

        Refused(await ReadAsync(wresult), "does not verify with VPM's pinned certificate");
    }

    [Fact]
    public async Task Tampered_CodeChangedAfterSigning_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
            Attribute(document, VpmXml.PersonalIdentifier).InnerText = VpmTestPeople.PasswordUserCode);

        Refused(await ReadAsync(wresult), "does not verify");
    }

    [Fact]
    public async Task Tampered_SignedByAnotherKey_WithThatKeysCertificateInKeyInfo_IsRefused()
    {
        // The stranger's answer carries the stranger's certificate: only the pinned one counts.
        Refused(await ReadAsync(_stranger.Answer(Content())), "does not verify with VPM's pinned certificate");
    }

    [Fact]
    public async Task Tampered_CommentInTheNameIdentifier_ReadsTheWholeText()
    {
        // Exclusive C14N drops comments, so the signature still holds: what is read must be the whole signed text, not a part.
        var wresult = _issuer.Answer(Content()).Replace("PK:32784510269<", "PK:3278<!--x-->4510269<", StringComparison.Ordinal);

        Assert.Equal("PK:32784510269", Accepted(await ReadAsync(wresult)).Identity.Subject);
    }

    [Fact]
    public async Task Wrapped_UnsignedAssertionBesideTheSignedOne_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var forged = Forge(signed, "_forged");
            signed.ParentNode!.InsertBefore(forged, signed);
        });

        Refused(await ReadAsync(wresult), "one requested token");
    }

    [Fact]
    public async Task Wrapped_SignedOneMovedIntoAnExtension_ForgedOneInItsPlace_IsRefused_ThoughItsSignatureHolds()
    {
        XmlDocument wrapped = null!;
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var response = (XmlElement)signed.ParentNode!.ParentNode!;
            var forged = Forge(signed, signed.GetAttribute("AssertionID"));
            var signature = signed.GetElementsByTagName("Signature", VpmXml.Dsig)[0]!;
            forged.AppendChild(signature);
            signed.ParentNode.ReplaceChild(forged, signed);
            // Before the token in document order, where a resolver taking the first element of the id would find it.
            var extension = document.CreateElement("x", "Extension", "urn:attacker");
            extension.AppendChild(signed);
            response.InsertBefore(extension, response.FirstChild);
            wrapped = document;
        });

        Assert.True(NaivelyVerified(wrapped), "the wrapped document's signature holds for a resolver that takes the first element of the id");
        Refused(await ReadAsync(wresult), "more than one SAML assertion");
    }

    [Fact]
    public async Task Wrapped_SignedOneInTheForgedOnesAdvice_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var forged = Forge(signed, "_forged");
            signed.ParentNode!.ReplaceChild(forged, signed);
            var advice = document.CreateElement("saml", "Advice", VpmXml.Saml);
            advice.AppendChild(signed);
            forged.InsertBefore(advice, forged.FirstChild);
        });

        Refused(await ReadAsync(wresult), "more than one SAML assertion");
    }

    [Fact]
    public async Task Wrapped_ForgedResponseFirstInTheCollection_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var response = (XmlElement)signed.ParentNode!.ParentNode!;
            var forgedResponse = (XmlElement)response.CloneNode(deep: true);
            var inForged = Assertion(forgedResponse);
            inForged.ParentNode!.ReplaceChild(Forge(inForged, "_forged"), inForged);
            response.ParentNode!.InsertBefore(forgedResponse, response);
        });

        Refused(await ReadAsync(wresult), "one requested token");
    }

    [Fact]
    public async Task Wrapped_SignatureMovedOutOfTheAssertion_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var signature = signed.GetElementsByTagName("Signature", VpmXml.Dsig)[0]!;
            signed.ParentNode!.ParentNode!.AppendChild(signature);
        });

        Refused(await ReadAsync(wresult), "exactly one signature, a child of its assertion");
    }

    [Fact]
    public async Task SecondElementWithTheAssertionId_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var twin = document.CreateElement("x", "Note", "urn:attacker");
            twin.SetAttribute("AssertionID", signed.GetAttribute("AssertionID"));
            signed.ParentNode!.ParentNode!.AppendChild(twin);
        });

        Refused(await ReadAsync(wresult), "another element of the answer carries the assertion's id");
    }

    [Fact]
    public async Task SecondElementWithTheAssertionIdAsAnotherIdAttribute_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var twin = document.CreateElement("x", "Note", "urn:attacker");
            var id = document.CreateAttribute("wsu", "Id", VpmXml.Wsu);
            id.Value = signed.GetAttribute("AssertionID");
            twin.SetAttributeNode(id);
            signed.ParentNode!.ParentNode!.AppendChild(twin);
        });

        Refused(await ReadAsync(wresult), "another element of the answer carries the assertion's id");
    }

    [Fact]
    public async Task ReferenceToAnotherElement_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var reference = (XmlElement)document.GetElementsByTagName("Reference", VpmXml.Dsig)[0]!;
            reference.SetAttribute("URI", "#_elsewhere");
        });

        Refused(await ReadAsync(wresult), "not the assertion #");
    }

    [Fact]
    public async Task Sha1_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), signing: (signed, reference) =>
        {
            signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA1Url;
            reference.DigestMethod = SignedXml.XmlDsigSHA1Url;
        });

        Refused(await ReadAsync(wresult), "not RSA-SHA256");
    }

    [Fact]
    public async Task InclusiveCanonicalization_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), signing: (signed, _) => signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigCanonicalizationUrl);

        Refused(await ReadAsync(wresult), "not exclusive C14N");
    }

    [Fact]
    public async Task ATransformBeyondEnvelopedAndExclusiveC14n_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), signing: (_, reference) => reference.AddTransform(new XmlDsigC14NTransform()));

        Refused(await ReadAsync(wresult), "transforms");
    }

    [Theory]
    [InlineData(0, true)] // now is the very end of validity
    [InlineData(-119_999, true)] // the skew's last millisecond
    [InlineData(-120_000, false)] // the end plus the skew
    [InlineData(-3_600_000, false)]
    public async Task Expired_PastNotOnOrAfterPlusTheSkew_IsRefused(int endFromNowMs, bool accepted)
    {
        var end = _now.AddMilliseconds(endFromNowMs);
        var answer = await ReadAsync(_issuer.Answer(Content() with { NotBefore = end.AddHours(-4), IssueInstant = end.AddHours(-4), NotOnOrAfter = end }));

        if (accepted)
        {
            Accepted(answer);
        }
        else
        {
            Refused(answer, "has expired");
        }
    }

    [Theory]
    [InlineData(120_000, true)] // starts exactly a skew from now
    [InlineData(120_001, false)]
    [InlineData(3_600_000, false)]
    public async Task Future_BeforeNotBeforeLessTheSkew_IsRefused(int startFromNowMs, bool accepted)
    {
        var start = _now.AddMilliseconds(startFromNowMs);
        var answer = await ReadAsync(_issuer.Answer(Content() with { NotBefore = start, IssueInstant = start, NotOnOrAfter = start.AddHours(4) }));

        if (accepted)
        {
            Accepted(answer);
        }
        else
        {
            Refused(answer, "not valid yet");
        }
    }

    [Fact]
    public async Task MissingNotBefore_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), beforeSigning: document =>
            ((XmlElement)document.GetElementsByTagName("Conditions", VpmXml.Saml)[0]!).RemoveAttribute("NotBefore"));

        Refused(await ReadAsync(wresult), "must give NotBefore and NotOnOrAfter");
    }

    [Fact]
    public async Task WrongAudience_IsRefused() =>
        Refused(await ReadAsync(_issuer.Answer(Content() with { Audiences = ["https://other-portal.test/"] })), "not our realm");

    [Fact]
    public async Task OurRealmAmongAudiences_IsAccepted() =>
        Accepted(await ReadAsync(_issuer.Answer(Content() with { Audiences = ["https://other-portal.test/", Realm] })));

    [Fact]
    public async Task WrongIssuer_IsRefused() =>
        Refused(await ReadAsync(_issuer.Answer(Content() with { Issuer = "http://www.latvija.lv/sts/other" })), "issuer");

    [Fact]
    public async Task Dtd_IsRefused()
    {
        var wresult = "<!DOCTYPE x [<!ENTITY code \"PK:32000000001\">]>" + _issuer.Answer(Content());

        Refused(await ReadAsync(wresult), "DTD");
    }

    [Fact]
    public async Task EntityExpansion_IsRefused()
    {
        const string laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";

        Refused(await ReadAsync(laughs), "DTD");
    }

    [Fact]
    public async Task Replayed_TheSecondTime_IsRefused()
    {
        var wresult = _issuer.Answer(Content());

        Accepted(await ReadAsync(wresult));
        Refused(await ReadAsync(wresult), "used already");
        // Remembered until the assertion's end plus the skew.
        Assert.Equal(_now + VpmStandInIssuer.Lifetime + _skew, Assert.Single(_used.Used).Value);
    }

    [Fact]
    public async Task Refused_UsesNoAssertionId()
    {
        Refused(await ReadAsync(_stranger.Answer(Content())), "does not verify");

        Assert.Empty(_used.Used);
    }

    [Fact]
    public async Task Fault_IsRefusedWithItsText()
    {
        const string fault = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value></s:Code>"
            + "<s:Reason><s:Text xml:lang=\"lv\">Autentifikācija atcelta</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>";

        Refused(await ReadAsync(fault), "VPM answered with a fault: Autentifikācija atcelta");
    }

    [Fact]
    public async Task Soap11Fault_IsRefusedWithItsText()
    {
        const string fault = "<s:Fault xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><faultcode>s:Client</faultcode><faultstring>User cancelled</faultstring></s:Fault>";

        Refused(await ReadAsync(fault), "VPM answered with a fault: User cancelled");
    }

    [Fact]
    public async Task ErrorPosted_IsRefusedWithIt()
    {
        var answer = await _protocol.ReadAnswerAsync(new Dictionary<string, string> { ["error"] = "access_denied", ["error_description"] = "cancelled" }, CancellationToken.None);

        Refused(answer, "VPM reported an error: access_denied (cancelled)");
    }

    [Theory]
    [InlineData("wsignout1.0", "x", "ctx", "not wsignin1.0")]
    [InlineData("wsignin1.0", "", "ctx", "no wresult")]
    [InlineData("wsignin1.0", "x", "", "no wctx")]
    [InlineData("wsignin1.0", "not xml", "ctx", "not well-formed")]
    [InlineData("wsignin1.0", "<a/>", "ctx", "not a request-security-token response")]
    public async Task MalformedForm_IsRefused(string wa, string wresult, string wctx, string reason)
    {
        var answer = await _protocol.ReadAnswerAsync(new Dictionary<string, string> { ["wa"] = wa, ["wresult"] = wresult, ["wctx"] = wctx }, CancellationToken.None);

        Refused(answer, reason);
    }

    [Fact]
    public async Task TooLarge_IsRefused()
    {
        var wresult = _issuer.Answer(Content()).Replace("<trust:TokenType>", $"<!--{new string('x', 100_000)}--><trust:TokenType>", StringComparison.Ordinal);

        Refused(await ReadAsync(wresult), "larger than");
    }

    [Fact]
    public async Task EncryptedToken_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), document =>
        {
            var signed = Assertion(document);
            var encrypted = document.CreateElement("xenc", "EncryptedData", "http://www.w3.org/2001/04/xmlenc#");
            signed.ParentNode!.ReplaceChild(encrypted, signed);
        });

        Refused(await ReadAsync(wresult), "encrypted");
    }

    [Fact]
    public async Task TwoSubjects_AreRefused()
    {
        var wresult = _issuer.Answer(Content(), beforeSigning: document =>
            document.GetElementsByTagName("NameIdentifier", VpmXml.Saml)[1]!.InnerText = $"PK:{VpmTestPeople.PasswordUserCode}");

        Refused(await ReadAsync(wresult), "one and the same subject");
    }

    [Fact]
    public async Task NameIdentifierCodeNotAmongThePersonsCodes_IsRefused()
    {
        var content = Content() with { CurrentCode = VpmTestPeople.UnknownCode, PreviousCodes = [] };

        Refused(await ReadAsync(_issuer.Answer(content)), "none of the person's privatepersonalidentifier codes");
    }

    [Fact]
    public async Task TwoCodesMarkedOriginal_AreRefused()
    {
        var wresult = _issuer.Answer(Content(), beforeSigning: document =>
        {
            var previous = (XmlElement)document.GetElementsByTagName("Attribute", VpmXml.Saml).Cast<XmlElement>()
                .Last(a => a.GetAttribute("AttributeName") == VpmXml.PersonalIdentifier);
            var mark = document.CreateAttribute("a", VpmXml.OriginalIssuer, VpmXml.ClaimsOriginalIssuer);
            mark.Value = "OTHER";
            previous.SetAttributeNode(mark);
        });

        Refused(await ReadAsync(wresult), "more than one privatepersonalidentifier is marked");
    }

    [Fact]
    public async Task NoPerson_IsRefused()
    {
        var content = Content() with { NameIdentifier = "AU:100001", CurrentCode = null, PreviousCodes = [] };

        Refused(await ReadAsync(_issuer.Answer(content)), "names no person");
    }

    [Fact]
    public async Task NoGivenName_IsRefused()
    {
        var wresult = _issuer.Answer(Content(), beforeSigning: document =>
        {
            var given = Attribute(document, VpmXml.GivenName);
            given.ParentNode!.ParentNode!.RemoveChild(given.ParentNode);
        });

        Refused(await ReadAsync(wresult), "one givenname and one surname");
    }

    [Fact]
    public void SignInRedirect_CarriesTheParameters_Escaped()
    {
        var redirect = _protocol.SignInRedirect("a b&c=d/é");

        Assert.Equal(
            "https://vpm.test/IVIS.LVP.STS/Default.aspx?wa=wsignin1.0&wtrealm=https%3A%2F%2Fportal.test%2F&wreply=https%3A%2F%2Fportal.test%2Fapi%2Fauth%2Fvpm%2Fcallback"
            + "&wctx=a%20b%26c%3Dd%2F%C3%A9&wct=2026-12-01T10%3A00%3A00Z",
            redirect.Address.AbsoluteUri);
        Assert.Null(redirect.Form);
    }

    [Fact]
    public async Task NotConfigured_OffersNoRedirect_AndRefusesAnswers()
    {
        var protocol = new VpmProtocol(Options.Create(new VpmOptions()), _used, _time);

        Assert.False(protocol.Configured);
        Assert.Throws<InvalidOperationException>(() => protocol.SignInRedirect("x"));
        Refused(await protocol.ReadAnswerAsync(Form(_issuer.Answer(Content())), CancellationToken.None), "not configured");
    }

    private Task<Outcome<ExternalAnswer>> ReadAsync(string wresult) => _protocol.ReadAnswerAsync(Form(wresult), CancellationToken.None);

    private static Dictionary<string, string> Form(string wresult) => new() { ["wa"] = "wsignin1.0", ["wresult"] = wresult, ["wctx"] = "ctx-1" };

    private static ExternalAnswer Accepted(Outcome<ExternalAnswer> answer)
    {
        Assert.True(answer.Failure is null, $"refused: {answer.Failure}");
        return answer.Value;
    }

    private static void Refused(Outcome<ExternalAnswer> answer, string reason)
    {
        var refused = Assert.IsType<ExternalAnswerRefused>(answer.Failure);
        Assert.Equal("vpm", refused.Provider);
        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
    }

    /// <summary>The first assertion in a document, or under an element (attached or not).</summary>
    private static XmlElement Assertion(XmlNode node) =>
        (XmlElement)(node is XmlDocument document ? document.GetElementsByTagName("Assertion", VpmXml.Saml) : ((XmlElement)node).GetElementsByTagName("Assertion", VpmXml.Saml))[0]!;

    private static XmlElement Attribute(XmlDocument document, string name) =>
        (XmlElement)document.GetElementsByTagName("Attribute", VpmXml.Saml).Cast<XmlElement>()
            .First(a => a.GetAttribute("AttributeName") == name).GetElementsByTagName("AttributeValue", VpmXml.Saml)[0]!;

    /// <summary>A copy of the assertion, unsigned, with another id and the password user's identity.</summary>
    private static XmlElement Forge(XmlElement assertion, string id)
    {
        var forged = (XmlElement)assertion.CloneNode(deep: true);
        forged.SetAttribute("AssertionID", id);
        if (forged.GetElementsByTagName("Signature", VpmXml.Dsig) is { Count: > 0 } signatures)
        {
            forged.RemoveChild(signatures[0]!);
        }

        foreach (XmlElement name in forged.GetElementsByTagName("NameIdentifier", VpmXml.Saml))
        {
            name.InnerText = $"PK:{VpmTestPeople.PasswordUserCode}";
        }

        foreach (var value in forged.GetElementsByTagName("Attribute", VpmXml.Saml).Cast<XmlElement>().Where(a => a.GetAttribute("AttributeName") == VpmXml.PersonalIdentifier))
        {
            value.InnerText = "";
            var code = forged.OwnerDocument!.CreateElement("saml", "AttributeValue", VpmXml.Saml);
            code.InnerText = VpmTestPeople.PasswordUserCode;
            value.AppendChild(code);
        }

        return forged;
    }

    /// <summary>What a validator without our guards would say: the signature checked with the first element of the referenced id.</summary>
    private bool NaivelyVerified(XmlDocument document)
    {
        var reparsed = new XmlDocument { PreserveWhitespace = true };
        reparsed.LoadXml(document.OuterXml);
        var naive = new FirstById(reparsed);
        naive.LoadXml((XmlElement)reparsed.GetElementsByTagName("Signature", VpmXml.Dsig)[0]!);
        using var key = _issuer.Certificate.GetRSAPublicKey()!;
        return naive.CheckSignature(key);
    }

    private sealed class FirstById(XmlDocument document) : SignedXml(document)
    {
        public override XmlElement? GetIdElement(XmlDocument? document, string idValue) =>
            document?.GetElementsByTagName("*").OfType<XmlElement>().FirstOrDefault(e => e.GetAttribute("AssertionID") == idValue);
    }

    /// <summary>VPM's stand-in signer, whose certificate is pinned, and a stranger's; their keys are made once for all the tests.</summary>
    public sealed class Signers : IDisposable
    {
        public VpmStandInIssuer Vpm { get; } = new();

        public VpmStandInIssuer Stranger { get; } = new();

        public void Dispose()
        {
            Vpm.Dispose();
            Stranger.Dispose();
        }
    }
}
