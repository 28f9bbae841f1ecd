using Portal.Core.Accounts;

namespace Portal.Functions.Access;

/// <summary>The signed-in user of a request, checked on every call: a blocked user or an ended session fails at once.</summary>
public sealed record SignedIn(UserAccount Account, PortalSession Session, string Token, bool MustChangePassword, bool MustAcceptTerms);
