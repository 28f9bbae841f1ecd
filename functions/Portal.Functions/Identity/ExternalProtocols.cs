using Portal.Core.Identity;

namespace Portal.Functions.Identity;

/// <summary>The external sign-in protocols the portal has, by provider: a provider not configured here is not offered.</summary>
public sealed class ExternalProtocols(IEnumerable<IExternalSignInProtocol> protocols)
{
    public IExternalSignInProtocol? Find(string provider) => protocols.FirstOrDefault(protocol => protocol.Configured && protocol.Provider == provider);

    public IReadOnlyList<string> Providers => [.. protocols.Where(protocol => protocol.Configured).Select(protocol => protocol.Provider).Order(StringComparer.Ordinal)];
}
