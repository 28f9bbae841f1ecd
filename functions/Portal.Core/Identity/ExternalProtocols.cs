namespace Portal.Core.Identity;

/// <summary>
/// The external sign-in protocols the portal has, by provider: those registered one by one (Latvija.lv) and those whose number follows
/// configuration (<see cref="IExternalSignInProtocolGroup"/>: a bank's entry for each configured bank). A provider not configured here is
/// not offered.
/// </summary>
public sealed class ExternalProtocols(IEnumerable<IExternalSignInProtocol> protocols, IEnumerable<IExternalSignInProtocolGroup> groups)
{
    private readonly IReadOnlyList<IExternalSignInProtocol> _all = [.. protocols.Concat(groups.SelectMany(group => group.Protocols))];

    public IExternalSignInProtocol? Find(string provider) => _all.FirstOrDefault(protocol => protocol.Configured && protocol.Provider == provider);

    /// <summary>Every provider offered, by its short name.</summary>
    public IReadOnlyList<string> Providers => [.. Offered.Select(protocol => protocol.Provider)];

    /// <summary>The protocols offered, by provider.</summary>
    public IReadOnlyList<IExternalSignInProtocol> Offered => [.. _all.Where(protocol => protocol.Configured).OrderBy(protocol => protocol.Provider, StringComparer.Ordinal)];

    /// <summary>The name people know a provider by ("Latvija.lv", a bank's name); the short name itself for one no longer offered.</summary>
    public string DisplayName(string provider) => _all.FirstOrDefault(protocol => protocol.Provider == provider)?.DisplayName ?? provider;
}
