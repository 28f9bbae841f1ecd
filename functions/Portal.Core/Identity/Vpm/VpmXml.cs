namespace Portal.Core.Identity.Vpm;

/// <summary>
/// The names in VPM's answer, as its published samples show them: a WS-Trust 1.3 request-security-token response (in a
/// collection) holding one signed SAML 1.1 assertion, the person's attributes in the identity-claims namespaces. The reader and
/// the development stand-in's writer use the same names.
/// </summary>
public static class VpmXml
{
    public const string WsSignIn = "wsignin1.0";

    /// <summary>WS-Trust 1.3 (VPM's answers use it).</summary>
    public const string Trust13 = "http://docs.oasis-open.org/ws-sx/ws-trust/200512";

    /// <summary>WS-Trust of February 2005 (older WS-Federation answers): its lone response is read too.</summary>
    public const string Trust2005 = "http://schemas.xmlsoap.org/ws/2005/02/trust";

    public const string Saml = "urn:oasis:names:tc:SAML:1.0:assertion";

    public const string Dsig = "http://www.w3.org/2000/09/xmldsig#";

    public const string Wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    public const string Policy = "http://schemas.xmlsoap.org/ws/2004/09/policy";

    public const string Addressing = "http://www.w3.org/2005/08/addressing";

    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";

    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    /// <summary>The namespace of <c>givenname</c>, <c>surname</c> and <c>privatepersonalidentifier</c>.</summary>
    public const string IdentityClaims = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims";

    /// <summary>
    /// The namespace of the <c>OriginalIssuer</c> attribute: on a repeated <c>privatepersonalidentifier</c>, the value that carries
    /// it is the person's current code, the others earlier ones.
    /// </summary>
    public const string ClaimsOriginalIssuer = "http://schemas.xmlsoap.org/ws/2009/09/identity/claims";

    /// <summary>The namespace of <c>citizenQAALevel</c>.</summary>
    public const string IvisClaims = "http://ivis.eps.gov.lv/schema/identity/claims";

    /// <summary>The name identifier's format.</summary>
    public const string NameIdFormat = "urn:ivis:100001:name.id-viss";

    public const string BearerConfirmation = "urn:oasis:names:tc:SAML:1.0:cm:bearer";

    public const string TokenType = "urn:oasis:names:tc:SAML:1.0:assertion";

    public const string GivenName = "givenname";

    public const string Surname = "surname";

    public const string PersonalIdentifier = "privatepersonalidentifier";

    public const string QaaLevel = "citizenQAALevel";

    public const string AuthenticationMethod = "AuthenticationMethod";

    public const string OriginalIssuer = "OriginalIssuer";

    /// <summary>The only algorithms an answer may use: VPM signs with RSA-SHA256, digests with SHA-256, exclusive C14N.</summary>
    public const string ExclusiveC14n = "http://www.w3.org/2001/10/xml-exc-c14n#";

    public const string EnvelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
}
