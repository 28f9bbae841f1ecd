using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Health;
using Portal.Core.Notifications;
using Portal.Core.Registrations;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core;

public static class DependencyInjection
{
    /// <summary>The portal's rules and storage; both hosts reach it through the Function App's <c>AddPortal</c>.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageClients>();
        services.AddSingleton<PortalStorage>();
        services.AddHostedService<StorageWarmup>();
        services.AddSingleton<HealthProbe>();

        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddSingleton<CommonPasswords>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<LockoutStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<SignInCommand>();
        services.AddSingleton<PasswordResets>();
        services.AddSingleton<PasswordChanges>();
        services.AddSingleton<ProfileChanges>();
        services.AddSingleton<PasswordExpiryReminders>();

        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddOptions<BackOffice.BackOfficeOptions>().BindConfiguration(BackOffice.BackOfficeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BackOffice.EventPayloads>();
        services.AddSingleton<BackOffice.IBackOfficePublisher>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BackOffice.BackOfficeOptions>>().Value;
            if (options.ServiceBusNamespace is not { Length: > 0 } serviceBus)
            {
                return ActivatorUtilities.CreateInstance<BackOffice.QueuePublisher>(provider);
            }

            // Azure: the Function App's identity, as for storage; the client lives as long as the app.
            var identity = provider.GetRequiredService<IOptions<StorageOptions>>().Value.ManagedIdentityClientId;
            var client = new Azure.Messaging.ServiceBus.ServiceBusClient(serviceBus, new Azure.Identity.DefaultAzureCredential(new Azure.Identity.DefaultAzureCredentialOptions { ManagedIdentityClientId = identity }));
            return new BackOffice.ServiceBusPublisher(client.CreateSender(options.Destination), provider.GetRequiredService<BackOffice.EventPayloads>());
        });
        services.AddSingleton<AuditTrail>();
        services.AddOptions<ThrottlingOptions>().BindConfiguration(ThrottlingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Throttle>();
        services.AddSingleton<SubmitRegistrationCommand>();
        services.AddSingleton<AuditVerifier>();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PersonalCodeHmac>();
        services.AddSingleton<ClientStore>();
        services.AddSingleton<Representatives>();
        services.AddSingleton<BackOffice.ClientFeed>();
        services.AddSingleton<BackOffice.BillingFeed>();
        services.AddSingleton<BackOffice.PermitFeed>();
        services.AddSingleton<BackOffice.PermitViews>();
        services.AddSingleton<BackOffice.BillingViews>();
        services.AddSingleton<ActivationLinks>();
        services.AddSingleton<AccountActivation>();
        services.AddSingleton<RegistrationReview>();
        services.AddSingleton<Staff.UserAdministration>();

        // Seeds run in the order they are registered: the terms first (a host's own seeds come after them).
        services.AddSingleton<IStoreSeed, TermsSeed>();
        services.AddSingleton<TermsCatalog>();
        services.AddSingleton<TermsPublisher>();
        return services;
    }
}
