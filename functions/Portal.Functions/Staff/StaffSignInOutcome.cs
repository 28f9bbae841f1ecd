using Portal.Core.Staff;

namespace Portal.Functions.Staff;

public abstract record StaffSignInOutcome
{
    public sealed record Succeeded(StaffMember Staff, string ReturnTo) : StaffSignInOutcome;

    /// <param name="Reason">A short code the staff sign-in page explains: expired, failed, no-role.</param>
    public sealed record Failed(string Reason) : StaffSignInOutcome;
}
