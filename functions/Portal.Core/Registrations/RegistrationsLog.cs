using Microsoft.Extensions.Logging;

namespace Portal.Core.Registrations;

internal static partial class RegistrationsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Registration {ApplicationId} approved: user {UserId}, client {ClientId}.")]
    public static partial void Approved(ILogger logger, string applicationId, string userId, string clientId);
}
