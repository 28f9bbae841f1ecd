using Microsoft.Extensions.Logging;
using Portal.Core.Accounts;

namespace Portal.Core.Identity;

// Personal codes and names stay out of the logs: users are named by their id, a refused answer by what did not validate.
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "User {UserId} signed in through {Provider}, session {SessionId}")]
    public static partial void SignedIn(ILogger logger, string userId, string provider, string sessionId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "An answer of {Provider} was refused: {Reason}")]
    public static partial void AnswerRefused(ILogger logger, string provider, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "User {UserId} signed in through an external provider but access is {Status}")]
    public static partial void SignInRefusedBlocked(ILogger logger, string userId, AccountStatus status);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "The login of {Provider} was not linked to user {UserId}: {Reason}")]
    public static partial void LinkRefused(ILogger logger, string userId, string provider, string reason);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "User {UserId} was made through {Provider} for client {ClientId}")]
    public static partial void AccountCreated(ILogger logger, string userId, string provider, string clientId);
}
