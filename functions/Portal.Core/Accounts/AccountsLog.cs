using Microsoft.Extensions.Logging;

namespace Portal.Core.Accounts;

// Emails and personal data stay out of the logs: accounts are named by their id.
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "User {UserId} signed in, session {SessionId}")]
    public static partial void SignedIn(ILogger logger, string userId, string sessionId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Sign-in locked until {LockedUntil} (account {UserId}, null when no account has the email)")]
    public static partial void EmailLocked(ILogger logger, string? userId, DateTimeOffset lockedUntil);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "User {UserId} gave the right password but access is {Status}")]
    public static partial void SignInRefusedBlocked(ILogger logger, string userId, AccountStatus status);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Password expiry: {Count} reminders queued for {Today}")]
    public static partial void ExpiryRemindersSent(ILogger logger, int count, DateOnly today);
}
