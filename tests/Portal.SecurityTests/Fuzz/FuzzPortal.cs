using Portal.Testing;

namespace Portal.SecurityTests.Fuzz;

/// <summary>A portal for the fuzz run: every throttle raised, so requests reach the functions rather than the limits.</summary>
public sealed class FuzzPortal : IsolatedPortal
{
    protected override Dictionary<string, string?> Settings(TestBackends backends) => new(base.Settings(backends))
    {
        ["Throttling:RegistrationsPerEmailPerDay"] = "100000",
        ["Throttling:LinkRequestsPerEmailPerHour"] = "100000",
        ["Throttling:InvitationsPerClientPerDay"] = "100000",
    };
}
