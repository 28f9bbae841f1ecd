using Portal.Core.Accounts;

namespace Portal.Core.Staff;

public abstract record StaffActionOutcome
{
    public sealed record Done(UserAccount Account) : StaffActionOutcome;

    public sealed record NotFound : StaffActionOutcome;

    /// <summary>Nothing to do, or not allowed from this state (a terminated access is final).</summary>
    public sealed record NotApplicable(string Detail) : StaffActionOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : StaffActionOutcome;
}
