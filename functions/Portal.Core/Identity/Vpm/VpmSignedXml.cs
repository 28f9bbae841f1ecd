using System.Security.Cryptography.Xml;
using System.Xml;

namespace Portal.Core.Identity.Vpm;

/// <summary>
/// <see cref="SignedXml"/> that finds a SAML 1.1 assertion by its <c>AssertionID</c> (the base class knows only <c>Id</c>, <c>id</c>
/// and <c>ID</c>), and finds an element only when exactly one in the whole document carries the id under any of those names:
/// two elements with the signed id (the second one moved or forged beside it) find none, and the signature fails.
/// </summary>
internal sealed class VpmSignedXml(XmlDocument document) : SignedXml(document)
{
    private static readonly string[] _idAttributes = ["AssertionID", "ID", "Id", "id"];

    /// <summary>The element the last reference resolved to: the caller checks it is the very element it reads.</summary>
    public XmlElement? Resolved { get; private set; }

    public override XmlElement? GetIdElement(XmlDocument? document, string idValue)
    {
        Resolved = document is null ? null : Single(document, idValue);
        return Resolved;
    }

    /// <summary>The one element of <paramref name="document"/> whose id is <paramref name="idValue"/>; null when none or several are.</summary>
    public static XmlElement? Single(XmlDocument document, string idValue)
    {
        XmlElement? found = null;
        foreach (var element in document.GetElementsByTagName("*").OfType<XmlElement>())
        {
            // Any attribute named like an id counts, in whatever namespace (wsu:Id too): a second element with the value is a second match.
            if (!element.Attributes.Cast<XmlAttribute>().Any(attribute => _idAttributes.Contains(attribute.LocalName) && attribute.Value == idValue))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = element;
        }

        return found;
    }
}
