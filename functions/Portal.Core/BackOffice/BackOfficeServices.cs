using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

public static class BackOfficeServices
{
    /// <summary>Events to the back office: a Service Bus topic when a namespace is set (Azure), else an Azurite queue (locally).</summary>
    public static IServiceCollection AddBackOffice(this IServiceCollection services)
    {
        services.AddValidatedOptions<BackOfficeOptions>(BackOfficeOptions.Section);
        services.AddSingleton<EventPayloads>();
        services.AddSingleton<IBackOfficePublisher>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BackOfficeOptions>>().Value;
            if (options.ServiceBusNamespace is not { Length: > 0 } serviceBus)
            {
                return ActivatorUtilities.CreateInstance<QueuePublisher>(provider);
            }

            // Azure: the Function App's identity, as for storage; the client lives as long as the app.
            var identity = provider.GetRequiredService<IOptions<StorageOptions>>().Value.ManagedIdentityClientId;
            var client = new ServiceBusClient(serviceBus, new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = identity }));
            return new ServiceBusPublisher(client.CreateSender(options.Destination), provider.GetRequiredService<EventPayloads>());
        });
        return services;
    }
}
