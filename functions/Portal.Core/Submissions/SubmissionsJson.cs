using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyList<SentAttachment>))]
internal sealed partial class SubmissionsJson : JsonSerializerContext;
