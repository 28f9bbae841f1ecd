using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Core.Notifications;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EmailMessage))]
internal sealed partial class NotificationsJson : JsonSerializerContext;
