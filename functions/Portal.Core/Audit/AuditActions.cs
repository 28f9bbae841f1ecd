namespace Portal.Core.Audit;

/// <summary>The names of what the trail records; the UI translates them.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string PasswordChange = "password-change";
    public const string PasswordReset = "password-reset";
    public const string PasswordResetRequest = "password-reset-request";
    public const string SessionEnd = "session-end";
    public const string TermsAcceptance = "terms-acceptance";
    public const string RegistrationSubmit = "registration-submit";
    public const string StaffSignIn = "staff-sign-in";

    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Locked = "locked";
    public const string Blocked = "blocked";
}
