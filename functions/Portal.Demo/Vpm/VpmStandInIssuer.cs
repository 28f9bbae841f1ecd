using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Portal.Core.Identity.Vpm;

namespace Portal.Demo.Vpm;

/// <summary>
/// Signs answers as Latvija.lv's STS would, for the development stand-in and the tests only: a self-signed RSA certificate made
/// in memory, and a WS-Trust 1.3 response holding one SAML 1.1 assertion in the names and order of VPM's published samples,
/// signed enveloped (RSA-SHA256, SHA-256, exclusive C14N) by <c>AssertionID</c> with the certificate in its KeyInfo.
/// </summary>
public sealed class VpmStandInIssuer : IDisposable
{
    /// <summary>How long VPM's sample assertions are valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    private readonly RSA _key;

    public VpmStandInIssuer()
    {
        _key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Latvija.lv STS stand-in (development only)", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        Certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
    }

    /// <summary>The certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate's DER in base64, public part only: what <c>Vpm:SigningCertificate</c> pins.</summary>
    public string CertificateBase64 => Convert.ToBase64String(Certificate.RawData);

    /// <summary>What an answer for <paramref name="person"/> says, addressed to <paramref name="realm"/>, valid from <paramref name="now"/>.</summary>
    public static VpmAnswerContent Describe(VpmTestPerson person, string realm, DateTimeOffset now, string? context = null) => new()
    {
        AssertionId = $"_{Guid.NewGuid()}",
        Issuer = VpmOptions.DefaultIssuer,
        IssueInstant = now,
        NotBefore = now,
        NotOnOrAfter = now + Lifetime,
        Audiences = [realm],
        AppliesTo = realm,
        NameIdentifier = person.NameIdentifier,
        GivenName = person.GivenName,
        Surname = person.Surname,
        CurrentCode = person.CurrentCode,
        PreviousCodes = person.PreviousCodes,
        AuthenticationMethod = person.AuthenticationMethod,
        QaaLevel = person.QaaLevel,
        Context = context,
    };

    /// <summary>
    /// The answer as the form's <c>wresult</c>. The hooks are the tests': <paramref name="beforeSigning"/> changes the written
    /// document, <paramref name="signing"/> the signature's settings (its reference given), <paramref name="afterSigning"/> the
    /// signed document (tampering, wrapping).
    /// </summary>
    public string Answer(
        VpmAnswerContent content, Action<XmlDocument>? afterSigning = null, Action<XmlDocument>? beforeSigning = null, Action<SignedXml, Reference>? signing = null)
    {
        var document = Sign(content, beforeSigning, signing);
        afterSigning?.Invoke(document);
        return document.OuterXml;
    }

    /// <summary>The signed response document (the hooks as in <see cref="Answer"/>).</summary>
    public XmlDocument Sign(VpmAnswerContent content, Action<XmlDocument>? beforeSigning = null, Action<SignedXml, Reference>? signing = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var document = Write(content);
        beforeSigning?.Invoke(document);
        var assertion = (XmlElement)document.GetElementsByTagName("Assertion", VpmXml.Saml)[0]!;
        var signed = new ByAssertionId(document) { SigningKey = _key };
        signed.SignedInfo!.CanonicalizationMethod = VpmXml.ExclusiveC14n;
        signed.SignedInfo.SignatureMethod = VpmXml.RsaSha256;
        var reference = new Reference($"#{content.AssertionId}") { DigestMethod = VpmXml.Sha256 };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(Certificate));
        signed.KeyInfo = keyInfo;
        signing?.Invoke(signed, reference);
        signed.ComputeSignature();
        // SAML 1.1 puts the signature last in the assertion.
        assertion.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        return document;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }

    private static XmlDocument Write(VpmAnswerContent content)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            writer.WriteStartElement("trust", "RequestSecurityTokenResponseCollection", VpmXml.Trust13);
            writer.WriteStartElement("trust", "RequestSecurityTokenResponse", VpmXml.Trust13);
            if (content.Context is not null)
            {
                writer.WriteAttributeString("Context", content.Context);
            }

            writer.WriteStartElement("trust", "Lifetime", VpmXml.Trust13);
            writer.WriteElementString("wsu", "Created", VpmXml.Wsu, Stamp(content.NotBefore));
            writer.WriteElementString("wsu", "Expires", VpmXml.Wsu, Stamp(content.NotOnOrAfter));
            writer.WriteEndElement();
            writer.WriteStartElement("wsp", "AppliesTo", VpmXml.Policy);
            writer.WriteStartElement("wsa", "EndpointReference", VpmXml.Addressing);
            writer.WriteElementString("wsa", "Address", VpmXml.Addressing, content.AppliesTo);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("trust", "RequestedSecurityToken", VpmXml.Trust13);
            WriteAssertion(writer, content);
            writer.WriteEndElement();
            writer.WriteElementString("trust", "TokenType", VpmXml.Trust13, VpmXml.TokenType);
            writer.WriteElementString("trust", "RequestType", VpmXml.Trust13, $"{VpmXml.Trust13}/Issue");
            writer.WriteElementString("trust", "KeyType", VpmXml.Trust13, $"{VpmXml.Trust13}/Bearer");
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(text.ToString());
        return document;
    }

    private static void WriteAssertion(XmlWriter writer, VpmAnswerContent content)
    {
        writer.WriteStartElement("saml", "Assertion", VpmXml.Saml);
        writer.WriteAttributeString("MajorVersion", "1");
        writer.WriteAttributeString("MinorVersion", "1");
        writer.WriteAttributeString("AssertionID", content.AssertionId);
        writer.WriteAttributeString("Issuer", content.Issuer);
        writer.WriteAttributeString("IssueInstant", Stamp(content.IssueInstant));

        writer.WriteStartElement("saml", "Conditions", VpmXml.Saml);
        writer.WriteAttributeString("NotBefore", Stamp(content.NotBefore));
        writer.WriteAttributeString("NotOnOrAfter", Stamp(content.NotOnOrAfter));
        writer.WriteStartElement("saml", "AudienceRestrictionCondition", VpmXml.Saml);
        foreach (var audience in content.Audiences)
        {
            writer.WriteElementString("saml", "Audience", VpmXml.Saml, audience);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement("saml", "AttributeStatement", VpmXml.Saml);
        WriteSubject(writer, content);
        WriteAttribute(writer, VpmXml.GivenName, VpmXml.IdentityClaims, content.GivenName, original: true);
        WriteAttribute(writer, VpmXml.Surname, VpmXml.IdentityClaims, content.Surname, original: true);
        if (content.CurrentCode is not null)
        {
            WriteAttribute(writer, VpmXml.PersonalIdentifier, VpmXml.IdentityClaims, content.CurrentCode, original: true);
        }

        foreach (var code in content.PreviousCodes)
        {
            WriteAttribute(writer, VpmXml.PersonalIdentifier, VpmXml.IdentityClaims, code, original: false);
        }

        if (content.QaaLevel is not null)
        {
            writer.WriteStartElement("saml", "Attribute", VpmXml.Saml);
            writer.WriteAttributeString("AttributeName", VpmXml.QaaLevel);
            writer.WriteAttributeString("AttributeNamespace", VpmXml.IvisClaims);
            writer.WriteStartElement("saml", "AttributeValue", VpmXml.Saml);
            writer.WriteAttributeString("a", "type", "http://www.w3.org/2001/XMLSchema-instance", "tn:integer");
            writer.WriteAttributeString("xmlns", "tn", null, "http://www.w3.org/2001/XMLSchema");
            writer.WriteString(content.QaaLevel);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();

        writer.WriteStartElement("saml", "AuthenticationStatement", VpmXml.Saml);
        if (content.AuthenticationMethod is not null)
        {
            writer.WriteAttributeString("AuthenticationMethod", content.AuthenticationMethod);
        }

        writer.WriteAttributeString("AuthenticationInstant", Stamp(content.IssueInstant));
        WriteSubject(writer, content);
        writer.WriteStartElement("saml", "SubjectLocality", VpmXml.Saml);
        writer.WriteAttributeString("IPAddress", "127.0.0.1");
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteEndElement();
    }

    private static void WriteSubject(XmlWriter writer, VpmAnswerContent content)
    {
        writer.WriteStartElement("saml", "Subject", VpmXml.Saml);
        writer.WriteStartElement("saml", "NameIdentifier", VpmXml.Saml);
        writer.WriteAttributeString("Format", VpmXml.NameIdFormat);
        writer.WriteString(content.NameIdentifier);
        writer.WriteEndElement();
        writer.WriteStartElement("saml", "SubjectConfirmation", VpmXml.Saml);
        writer.WriteElementString("saml", "ConfirmationMethod", VpmXml.Saml, VpmXml.BearerConfirmation);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>An identity claim; <paramref name="original"/> marks it with <c>OriginalIssuer</c>, as VPM marks a person's current code.</summary>
    private static void WriteAttribute(XmlWriter writer, string name, string attributeNamespace, string value, bool original)
    {
        writer.WriteStartElement("saml", "Attribute", VpmXml.Saml);
        writer.WriteAttributeString("AttributeName", name);
        writer.WriteAttributeString("AttributeNamespace", attributeNamespace);
        if (original)
        {
            writer.WriteAttributeString("a", VpmXml.OriginalIssuer, VpmXml.ClaimsOriginalIssuer, "VPM-STAND-IN");
        }

        writer.WriteElementString("saml", "AttributeValue", VpmXml.Saml, value);
        writer.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>Resolves the SAML 1.1 <c>AssertionID</c> the reference names (the base class knows Id, id and ID only).</summary>
    private sealed class ByAssertionId(XmlDocument document) : SignedXml(document)
    {
        public override XmlElement? GetIdElement(XmlDocument? document, string idValue) =>
            document?.GetElementsByTagName("*").OfType<XmlElement>().FirstOrDefault(e => e.GetAttribute("AssertionID") == idValue) ?? base.GetIdElement(document, idValue);
    }
}
