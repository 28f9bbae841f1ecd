using Portal.Core.Outcomes;

namespace Portal.Core.Identity;

/// <summary>
/// One sign-in protocol of an external identity provider, behind one seam: the redirect that starts a sign-in and the
/// validation of the provider's answer. Latvija.lv's WS-Federation binding is one (<c>vpm</c>), a bank's link another
/// (<c>BankLinkSignIn</c>); a SAML 2.0 binding would be a third.
/// </summary>
public interface IExternalSignInProtocol
{
    /// <summary>The provider's short name, the <c>{provider}</c> of the routes and of a user's external logins.</summary>
    string Provider { get; }

    /// <summary>The name people know the provider by, in pages and emails ("Latvija.lv", a bank's name).</summary>
    string DisplayName { get; }

    /// <summary>
    /// Whether a signed-in user may add it from the profile: the profile's linking gives the UI an address to follow, so a provider whose
    /// sign-in is a posted form (a bank) is not linked there; its first sign-in by a verified personal code links it.
    /// </summary>
    bool LinksFromProfile => true;

    /// <summary>Whether the portal is registered with the provider here (its settings are there): a provider that is not is not offered.</summary>
    bool Configured { get; }

    /// <summary>Where the browser goes to sign in, and how (a GET, or a posted form); <paramref name="context"/> comes back unchanged with the answer.</summary>
    ExternalRedirect SignInRedirect(string context);

    /// <summary>
    /// Reads and validates the provider's answer (the form fields it posted), and uses up its one-time id. A refused answer is a
    /// <see cref="ExternalAnswerRefused"/> failure naming the provider's error or what did not validate, for the audit trail.
    /// </summary>
    Task<Outcome<ExternalAnswer>> ReadAnswerAsync(IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken);
}

/// <summary>A validated answer: who the provider vouches for, and the context the sign-in was started with.</summary>
public sealed record ExternalAnswer(ExternalIdentity Identity, string Context);
