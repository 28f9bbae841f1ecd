using System.Text.Json.Serialization;

namespace Portal.Core.Identity;

[JsonSerializable(typeof(ExternalIdentity))]
internal sealed partial class IdentityJson : JsonSerializerContext;
