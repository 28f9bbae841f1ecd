using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Backup;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Calendar;
using Portal.Core.Clients;
using Portal.Core.Health;
using Portal.Core.Identity;
using Portal.Core.Identity.Vpm;
using Portal.Core.Notifications;
using Portal.Core.Payments;
using Portal.Core.Payments.BankLink;
using Portal.Core.Permits;
using Portal.Core.Privacy;
using Portal.Core.Registrations;
using Portal.Core.Reports;
using Portal.Core.Submissions;
using Portal.Core.Staff;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core;

public static class DependencyInjection
{
    /// <summary>The portal's rules and storage, feature by feature; both hosts reach it through the Function App's <c>AddPortal</c>.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services) => services
        // Store seeds run in the order they are registered: the terms first (a host's own seeds come after them).
        .AddStorage()
        .AddTerms()
        .AddHealth()
        .AddNotifications()
        .AddAudit()
        .AddPrivacy()
        .AddBackup()
        .AddAccounts()
        .AddRegistrations()
        .AddExternalIdentity()
        .AddClients()
        .AddBackOffice()
        .AddBilling()
        .AddPayments()
        .AddPermits()
        .AddCalendar()
        .AddReports()
        .AddSubmissions()
        .AddStaff()
        .AddVpm()
        .AddBankLink();
}
