using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Storage;

/// <summary>The limits of public forms; settings, so tests (all from 127.0.0.1) can raise them.</summary>
public sealed class ThrottlingOptions
{
    public const string Section = "Throttling";

    [Range(1, 100_000)]
    public int RegistrationsPerIpPerHour { get; set; } = 10;

    [Range(1, 100_000)]
    public int RegistrationsPerEmailPerDay { get; set; } = 3;

    /// <summary>Sign-in attempts from one IP address: with the lockout after 5, one client can lock at most a fifth as many emails.</summary>
    [Range(1, 100_000)]
    public int SignInsPerIpPerHour { get; set; } = 100;

    /// <summary>Staff sign-ins begun from one IP address (each writes a pending sign-in row before anyone has signed in).</summary>
    [Range(1, 100_000)]
    public int StaffSignInsPerIpPerHour { get; set; } = 30;

    /// <summary>Password-reset and activation-link requests from one IP address.</summary>
    [Range(1, 100_000)]
    public int LinkRequestsPerIpPerHour { get; set; } = 20;

    /// <summary>Reset links sent to one email address; more requests are answered alike and send nothing.</summary>
    [Range(1, 100_000)]
    public int LinkRequestsPerEmailPerHour { get; set; } = 3;

    /// <summary>Invitations one client's admins may send in a day.</summary>
    [Range(1, 100_000)]
    public int InvitationsPerClientPerDay { get; set; } = 20;

    /// <summary>Notes about the portal one user may send ES in a day (§16.3).</summary>
    [Range(1, 100_000)]
    public int FeedbackPerUserPerDay { get; set; } = 10;

    /// <summary>
    /// Answers one payment provider may deliver in a minute, through browsers and server to server alike: counted per provider, not
    /// per address (a bank's answers come from its servers and from every payer's browser), so a flood of forged answers is bounded.
    /// </summary>
    [Range(1, 100_000)]
    public int PaymentAnswersPerProviderPerMinute { get; set; } = 600;
}
