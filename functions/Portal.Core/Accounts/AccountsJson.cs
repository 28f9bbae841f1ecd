using System.Text.Json.Serialization;

namespace Portal.Core.Accounts;

[JsonSerializable(typeof(List<string>))]
internal sealed partial class AccountsJson : JsonSerializerContext;
