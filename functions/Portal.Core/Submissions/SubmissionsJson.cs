using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

[JsonSerializable(typeof(string[]))]
internal sealed partial class SubmissionsJson : JsonSerializerContext;
