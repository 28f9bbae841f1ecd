using Portal.Core.Identity;

namespace Portal.UnitTests.Identity;

/// <summary>The one-time use of assertion ids kept in memory, for the protocols' unit tests: what was used, and until when.</summary>
internal sealed class MemoryUsedAssertions : IUsedAssertions
{
    public Dictionary<string, DateTimeOffset> Used { get; } = [];

    public Task<bool> TryUseAsync(string provider, string assertionId, DateTimeOffset keepUntil, CancellationToken cancellationToken) =>
        Task.FromResult(Used.TryAdd($"{provider}|{assertionId}", keepUntil));
}
