using Portal.Core.Outcomes;

namespace Portal.Core.Accounts;

/// <summary>A new password that breaks rules of the policy (§12): a field error that also names each rule, so the UI can say them in the user's language.</summary>
public sealed record PasswordRefused(string Field, IReadOnlyList<PasswordRule> Rules) : Failure;
