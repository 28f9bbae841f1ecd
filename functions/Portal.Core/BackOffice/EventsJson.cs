namespace Portal.Core.BackOffice;

[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(QueueEnvelope))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackOfficeEvent))]
public sealed partial class EventsJson : System.Text.Json.Serialization.JsonSerializerContext;
