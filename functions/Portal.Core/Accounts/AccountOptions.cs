using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Accounts;

/// <summary>The account security settings; the defaults are the terms of use (§12.1, §15.2, §15.3) and docs/ARCHITECTURE.md.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Consecutive failed sign-ins for one email that lock it (§12.1).</summary>
    [Range(1, 100)]
    public int LockoutThreshold { get; set; } = 5;

    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    [Range(8, 64)]
    public int PasswordMinLength { get; set; } = 8;

    [Range(16, 1024)]
    public int PasswordMaxLength { get; set; } = 128;

    public bool PasswordRequiresLetter { get; set; } = true;

    public bool PasswordRequiresDigit { get; set; } = true;

    /// <summary>How many of the user's previous passwords may not be used again.</summary>
    [Range(0, 24)]
    public int PasswordHistory { get; set; } = 5;

    /// <summary>After this, the password must be changed at the next sign-in (§15.3: every 3 months).</summary>
    [TimeSpanRange("1.00:00:00", "3650.00:00:00")]
    public TimeSpan PasswordMaxAge { get; set; } = TimeSpan.FromDays(90);

    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    [TimeSpanRange("00:05:00", "7.00:00:00")]
    public TimeSpan SessionAbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A staff session's whole life: roles come from Entra ID at sign-in, so one removed there ends this soon after.</summary>
    [TimeSpanRange("00:05:00", "01:00:00")]
    public TimeSpan StaffSessionAbsoluteTimeout { get; set; } = TimeSpan.FromMinutes(60);
}
