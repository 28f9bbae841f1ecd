using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Notifications;

public static class NotificationsServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddValidatedOptions<MailOptions>(MailOptions.Section);
        services.AddValidatedOptions<PortalOptions>(PortalOptions.Section);
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ReminderDigests>();
        return services;
    }
}
