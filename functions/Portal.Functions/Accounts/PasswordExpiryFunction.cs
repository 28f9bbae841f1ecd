using Microsoft.Azure.Functions.Worker;
using Portal.Core.Accounts;

namespace Portal.Functions.Accounts;

/// <summary>Daily at 04:00 UTC (06:00 or 07:00 in Riga): reminders 14, 7 and 1 days before a password expires (§15.3).</summary>
public sealed class PasswordExpiryFunction(PasswordExpiryReminders reminders)
{
    [Function("PasswordExpiry")]
    public Task Run([TimerTrigger("0 0 4 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        reminders.SendDueAsync(cancellationToken);
}
