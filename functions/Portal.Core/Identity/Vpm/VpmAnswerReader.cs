using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Portal.Core.Outcomes;

namespace Portal.Core.Identity.Vpm;

/// <summary>What a valid answer's assertion says: who, and what the replay guard needs (its id and until when it is valid).</summary>
internal sealed record VpmAssertion(string AssertionId, DateTimeOffset NotOnOrAfter, ExternalIdentity Identity);

/// <summary>
/// Reads VPM's <c>wresult</c> and validates it, every failure an <see cref="ExternalAnswerRefused"/> naming what did not hold
/// (docs/ARCHITECTURE.md, "Signing in with Latvija.lv"). Values are read only from the one assertion the signature covers: the
/// document must have exactly one assertion, where the response puts its token, with exactly one signature, its own child,
/// whose one reference names that assertion's id, which no other element of the document carries.
/// </summary>
internal static class VpmAnswerReader
{
    /// <summary>An answer is a few kilobytes (its certificate the most of it); anything past this is not VPM's.</summary>
    public const int MaxCharacters = 100_000;

    private const int MaxReason = 300;

    public static Outcome<VpmAssertion> Read(string wresult, VpmOptions options, X509Certificate2 pinned, DateTimeOffset now)
    {
        if (wresult.Length > MaxCharacters)
        {
            return Refused($"the answer is larger than {MaxCharacters} characters");
        }

        XmlDocument document;
        try
        {
            document = Parse(wresult);
        }
        catch (XmlException exception)
        {
            return Refused($"the answer is not well-formed XML or declares a DTD: {exception.Message}");
        }

        var root = document.DocumentElement!;
        if (FaultText(root) is { } fault)
        {
            return Refused($"VPM answered with a fault: {fault}");
        }

        if (Token(root) is not { } token)
        {
            return Refused($"the answer is not a request-security-token response with one requested token (its root is {root.NamespaceURI}:{root.LocalName})");
        }

        if (!Is(token, VpmXml.Saml, "Assertion"))
        {
            return Refused(token.LocalName.StartsWith("Encrypted", StringComparison.Ordinal)
                ? "the token is encrypted; the portal is registered for signed, unencrypted SAML 1.1 assertions"
                : $"the requested token is not a SAML 1.1 assertion ({token.NamespaceURI}:{token.LocalName})");
        }

        // Values are read from this element alone; it must be the only assertion and the only signed thing in the document.
        var assertion = token;
        if (document.GetElementsByTagName("Assertion", VpmXml.Saml).Count != 1)
        {
            return Refused("the answer holds more than one SAML assertion");
        }

        if (document.GetElementsByTagName("Signature", VpmXml.Dsig) is not { Count: 1 } signatures || signatures[0] is not XmlElement signature
            || !ReferenceEquals(signature.ParentNode, assertion))
        {
            return Refused("the answer must hold exactly one signature, a child of its assertion");
        }

        if (assertion.GetAttribute("MajorVersion") != "1" || assertion.GetAttribute("MinorVersion") != "1")
        {
            return Refused("the assertion is not SAML 1.1");
        }

        var id = assertion.GetAttribute("AssertionID");
        if (!IsNcName(id))
        {
            return Refused("the assertion has no valid AssertionID");
        }

        if (!ReferenceEquals(VpmSignedXml.Single(document, id), assertion))
        {
            return Refused($"another element of the answer carries the assertion's id {id}");
        }

        if (Signature(document, signature, assertion, id, pinned) is { } broken)
        {
            return Refused(broken);
        }

        // Signed by VPM's key: what follows is what VPM said.
        if (assertion.GetAttribute("Issuer") != options.Issuer)
        {
            return Refused($"the assertion's issuer is {Quote(assertion.GetAttribute("Issuer"))}, not {options.Issuer}");
        }

        if (Conditions(assertion, options, now) is { } unmet)
        {
            return Refused(unmet);
        }

        var notOnOrAfter = Time(Single(assertion, "Conditions")!.GetAttribute("NotOnOrAfter"))!.Value;
        var identity = Identity(assertion);
        if (identity.Failure is { } failure)
        {
            return failure;
        }

        return new VpmAssertion(id, notOnOrAfter, identity.Value);
    }

    public static ExternalAnswerRefused Refused(string reason) => new(VpmProtocol.ProviderName, Clean(reason));

    private static XmlDocument Parse(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1_024,
            // Comments are no part of what is signed (exclusive C14N without comments is the only one accepted) and none is read.
            IgnoreComments = true,
        };
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        document.Load(reader);
        return document;
    }

    /// <summary>A SOAP fault's text (1.1 <c>faultstring</c>, 1.2 <c>Reason/Text</c>), bare or in an envelope's body; null for anything else.</summary>
    private static string? FaultText(XmlElement root)
    {
        var fault = root;
        if (root.LocalName == "Envelope" && root.NamespaceURI is VpmXml.Soap11 or VpmXml.Soap12)
        {
            var body = Children(root).FirstOrDefault(e => e.LocalName == "Body");
            fault = body is null ? root : Children(body).FirstOrDefault() ?? root;
        }

        if (fault.LocalName != "Fault" || fault.NamespaceURI is not (VpmXml.Soap11 or VpmXml.Soap12))
        {
            return null;
        }

        var text = fault.NamespaceURI == VpmXml.Soap11
            ? Children(fault).FirstOrDefault(e => e.LocalName == "faultstring")?.InnerText
            : Children(fault).FirstOrDefault(e => e.LocalName == "Reason")?.InnerText;
        return string.IsNullOrWhiteSpace(text) ? fault.InnerText.Trim() : text.Trim();
    }

    /// <summary>The one element in the response's one <c>RequestedSecurityToken</c>; null when the document is not shaped so.</summary>
    private static XmlElement? Token(XmlElement root)
    {
        XmlElement response;
        if (Is(root, VpmXml.Trust13, "RequestSecurityTokenResponseCollection"))
        {
            if (Children(root).ToList() is not [var only] || !Is(only, VpmXml.Trust13, "RequestSecurityTokenResponse"))
            {
                return null;
            }

            response = only;
        }
        else if (Is(root, VpmXml.Trust13, "RequestSecurityTokenResponse") || Is(root, VpmXml.Trust2005, "RequestSecurityTokenResponse"))
        {
            response = root;
        }
        else
        {
            return null;
        }

        return Children(response).Where(e => Is(e, response.NamespaceURI, "RequestedSecurityToken")).ToList() is [var requested]
            && Children(requested).ToList() is [var token]
            ? token
            : null;
    }

    /// <summary>Why the signature does not hold, or null when it does: VPM's algorithms only, one reference to the assertion, the pinned key.</summary>
    private static string? Signature(XmlDocument document, XmlElement signature, XmlElement assertion, string id, X509Certificate2 pinned)
    {
        try
        {
            var signed = new VpmSignedXml(document);
            signed.LoadXml(signature);
            var info = signed.SignedInfo!;
            if (info.CanonicalizationMethod != VpmXml.ExclusiveC14n)
            {
                return $"the signature's canonicalization is {info.CanonicalizationMethod}, not exclusive C14N";
            }

            if (info.SignatureMethod != VpmXml.RsaSha256)
            {
                return $"the signature's method is {info.SignatureMethod}, not RSA-SHA256";
            }

            if (info.References.Count != 1 || info.References[0] is not Reference reference)
            {
                return $"the signature has {info.References.Count} references, not one";
            }

            if (reference.Uri != $"#{id}")
            {
                return $"the signature's reference is {Quote(reference.Uri)}, not the assertion #{id}";
            }

            if (reference.DigestMethod != VpmXml.Sha256)
            {
                return $"the signature's digest is {reference.DigestMethod}, not SHA-256";
            }

            var transforms = Enumerable.Range(0, reference.TransformChain.Count).Select(i => reference.TransformChain[i].Algorithm).ToList();
            if (transforms is not ([VpmXml.EnvelopedSignature] or [VpmXml.EnvelopedSignature, VpmXml.ExclusiveC14n]))
            {
                return $"the signature's transforms are {string.Join(", ", transforms)}, not enveloped-signature and exclusive C14N";
            }

            using var key = pinned.GetRSAPublicKey()!;
            if (!signed.CheckSignature(key))
            {
                return "the signature does not verify with VPM's pinned certificate (the assertion was changed, or signed by another key)";
            }

            return ReferenceEquals(signed.Resolved, assertion) ? null : "the signature covers another element than the assertion read";
        }
        catch (CryptographicException exception)
        {
            return $"the signature could not be checked: {exception.Message}";
        }
    }

    /// <summary>Why the assertion's conditions do not hold now for us, or null when they do.</summary>
    private static string? Conditions(XmlElement assertion, VpmOptions options, DateTimeOffset now)
    {
        if (Children(assertion).Count(e => Is(e, VpmXml.Saml, "Conditions")) != 1)
        {
            return "the assertion must have one Conditions element";
        }

        var conditions = Single(assertion, "Conditions")!;
        if (Time(conditions.GetAttribute("NotBefore")) is not { } notBefore || Time(conditions.GetAttribute("NotOnOrAfter")) is not { } notOnOrAfter)
        {
            return "the assertion's Conditions must give NotBefore and NotOnOrAfter";
        }

        if (now < notBefore - options.ClockSkew)
        {
            return $"the assertion is not valid yet: NotBefore {Stamp(notBefore)}, now {Stamp(now)}, skew {options.ClockSkew:c}";
        }

        if (now >= notOnOrAfter + options.ClockSkew)
        {
            return $"the assertion has expired: NotOnOrAfter {Stamp(notOnOrAfter)}, now {Stamp(now)}, skew {options.ClockSkew:c}";
        }

        var restrictions = 0;
        foreach (var condition in Children(conditions))
        {
            if (Is(condition, VpmXml.Saml, "AudienceRestrictionCondition"))
            {
                restrictions++;
                var audiences = Children(condition).Where(e => Is(e, VpmXml.Saml, "Audience")).Select(Text).ToList();
                if (!audiences.Contains(options.Realm, StringComparer.Ordinal))
                {
                    return $"the assertion's audience is {string.Join(", ", audiences.Select(Quote))}, not our realm {options.Realm}";
                }
            }
            else if (!Is(condition, VpmXml.Saml, "DoNotCacheCondition"))
            {
                return $"the assertion has a condition the portal does not understand ({condition.LocalName})";
            }
        }

        return restrictions == 0 ? "the assertion names no audience" : null;
    }

    private static Outcome<ExternalIdentity> Identity(XmlElement assertion)
    {
        if (Children(assertion).Where(e => Is(e, VpmXml.Saml, "AttributeStatement")).ToList() is not [var statement])
        {
            return Refused("the assertion must have one AttributeStatement");
        }

        var subjects = assertion.GetElementsByTagName("NameIdentifier", VpmXml.Saml).OfType<XmlElement>().Select(Text).Distinct(StringComparer.Ordinal).ToList();
        if (subjects is not [var subject] || subject is null)
        {
            return Refused("the assertion's statements must name one and the same subject");
        }

        if (VpmNameIdentifier.Parse(subject) is not { } name)
        {
            return Refused($"the name identifier is not a shape the portal understands ({Shape(subject)}): it names no person (PK) or has unknown parts");
        }

        var attributes = Children(statement).Where(e => Is(e, VpmXml.Saml, "Attribute")).ToList();
        var given = SingleValue(attributes, VpmXml.GivenName);
        var surname = SingleValue(attributes, VpmXml.Surname);
        if (given is not { Length: > 0 and <= 200 } || surname is not { Length: > 0 and <= 200 })
        {
            return Refused("the assertion must give one givenname and one surname");
        }

        var identifiers = attributes.Where(a => a.GetAttribute("AttributeName") == VpmXml.PersonalIdentifier)
            .SelectMany(a => Values(a).Select(value => (Value: value, Original: a.HasAttribute(VpmXml.OriginalIssuer, VpmXml.ClaimsOriginalIssuer))))
            .ToList();
        var codes = identifiers.Select(i => (Code: PersonalCodes.Normalise(i.Value), i.Original)).ToList();
        if (codes.Any(c => c.Code is null))
        {
            return Refused("a privatepersonalidentifier is not a personal code");
        }

        var originals = codes.Where(c => c.Original).Select(c => c.Code!).Distinct(StringComparer.Ordinal).ToList();
        if (originals.Count > 1)
        {
            return Refused("more than one privatepersonalidentifier is marked as the original (current) code");
        }

        var current = originals.SingleOrDefault() ?? name.PersonalCode;
        var previous = codes.Select(c => c.Code!).Where(c => c != current).Distinct(StringComparer.Ordinal).ToList();
        if (name.PersonalCode != current && !previous.Contains(name.PersonalCode))
        {
            return Refused("the name identifier's personal code is none of the person's privatepersonalidentifier codes");
        }

        var authentication = Children(assertion).Where(e => Is(e, VpmXml.Saml, "AuthenticationStatement")).ToList();
        if (authentication.Count > 1)
        {
            return Refused("the assertion has more than one AuthenticationStatement");
        }

        var method = authentication is [var statementOfAuthentication] && statementOfAuthentication.GetAttribute("AuthenticationMethod") is { Length: > 0 } stated
            ? stated
            : SingleValue(attributes, VpmXml.AuthenticationMethod);
        return new ExternalIdentity(
            VpmProtocol.ProviderName, name.Text, current, previous, given, surname, name.CompanyRegistrationNumber, method, SingleValue(attributes, VpmXml.QaaLevel));
    }

    /// <summary>The one value of the attribute named so; null when it is missing, repeated or has several values.</summary>
    private static string? SingleValue(List<XmlElement> attributes, string name) =>
        attributes.Where(a => a.GetAttribute("AttributeName") == name).ToList() is [var attribute] && Values(attribute).ToList() is [var value] ? value : null;

    private static IEnumerable<string> Values(XmlElement attribute) =>
        Children(attribute).Where(e => Is(e, VpmXml.Saml, "AttributeValue")).Select(e => Text(e) ?? "");

    /// <summary>An element's text, trimmed; null when it holds anything but text (an element, a processing instruction).</summary>
    private static string? Text(XmlElement element) =>
        element.ChildNodes.Cast<XmlNode>().All(n => n.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
            ? element.InnerText.Trim()
            : null;

    private static XmlElement? Single(XmlElement parent, string localName) => Children(parent).FirstOrDefault(e => Is(e, VpmXml.Saml, localName));

    private static IEnumerable<XmlElement> Children(XmlElement parent) => parent.ChildNodes.OfType<XmlElement>();

    private static bool Is(XmlElement element, string namespaceUri, string localName) =>
        element.NamespaceURI == namespaceUri && element.LocalName == localName;

    private static DateTimeOffset? Time(string text) =>
        text.Contains('T', StringComparison.Ordinal)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    private static bool IsNcName(string text)
    {
        try
        {
            return text.Length is > 0 and <= 200 && XmlConvert.VerifyNCName(text) == text;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string Quote(string? text) => $"\"{(text is null ? "" : text.Length > 100 ? text[..100] + "…" : text)}\"";

    /// <summary>A name identifier with every digit hidden, for the reason: its shape, never the code.</summary>
    private static string Shape(string text) =>
        new([.. (text.Length > 60 ? text[..60] : text).Select(c => char.IsAsciiDigit(c) ? 'N' : c)]);

    private static string Clean(string reason)
    {
        var clean = new string([.. reason.Select(c => char.IsControl(c) ? ' ' : c)]);
        return clean.Length > MaxReason ? clean[..MaxReason] + "…" : clean;
    }
}
