using Portal.Core.Billing;
using Portal.Core.Notifications;
using Portal.Core.Permits;

namespace Portal.Demo;

/// <summary>Demo records dated from the day the demo starts, so the reminder digests have something to tell of.</summary>
internal static class Upcoming
{
    public static InvoiceRecord Invoice(string client, DateOnly today) =>
        new("DEMO-INV-SOON", 1, client, $"RE-{today.Year}-0098", "invoice", today, today.AddDays(ReminderDigests.DueSoonDays), 36.30m, "issued", "DEMO-NK-VILNI-1");

    public static PermitRecord Permit(string client, DateOnly today) =>
        new("DEMO-AT-VILNI-3", 1, client, "AT-2021-00311", "land-mobile", "valid", today.AddDays(30).AddYears(-5), today.AddDays(ReminderDigests.ExpiryDays[1]), null,
        [
            new("Noliktava", "Ganību dambis 24, Rīga", 56.981234m, 24.101234m, 20m, 4m, null, "vertical", "Motorola DM4600",
            [
                new(446.1625m, 12.5m, "7K60FXE", 25m, "txrx"),
            ]),
        ]);
}
