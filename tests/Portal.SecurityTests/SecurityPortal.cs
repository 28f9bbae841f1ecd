using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>A portal of its own (Azurite, mail catcher, dev host) shared by the tests of one class.</summary>
public sealed class SecurityPortal : IsolatedPortal;
