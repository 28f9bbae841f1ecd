using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Core.Backup;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ExportManifest))]
internal sealed partial class BackupJson : JsonSerializerContext;
