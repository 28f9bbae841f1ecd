using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Functions.Contract;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<FunctionMetadata>))]
internal sealed partial class FunctionMetadataJson : JsonSerializerContext;
