using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>One Azurite, one mail catcher and one in-process dev host shared by the tests of the "portal" collection.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public TestBackends Backends { get; private set; } = null!;

    public PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backends = await TestBackends.StartAsync();
        Factory = new PortalFactory(Backends.Settings());
    }

    public HttpClient CreateClient() => Factory.CreateHttpsClient();

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Backends.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
