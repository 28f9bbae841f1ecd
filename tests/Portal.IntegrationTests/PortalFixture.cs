using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>One Azurite, one mail catcher and one in-process dev host shared by the tests of the "portal" collection.</summary>
public sealed class PortalFixture : IsolatedPortal;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
