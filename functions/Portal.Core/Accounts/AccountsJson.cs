using System.Text.Json.Serialization;

namespace Portal.Core.Accounts;

[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(PasswordResetRequested))]
internal sealed partial class AccountsJson : JsonSerializerContext;
