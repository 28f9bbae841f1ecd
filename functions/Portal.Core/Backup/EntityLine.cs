using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace Portal.Core.Backup;

/// <summary>
/// One table row as one JSON line, each property with its EDM type, so a restore writes back exactly what was read:
/// <c>{"partitionKey":"…","rowKey":"…","properties":{"Count":{"type":"Int64","value":"9007199254740993"}}}</c>.
/// Int64 is a string (exact beyond 2^53 for any reader), Binary is base64, DateTime is ISO 8601 in UTC, and a Double
/// that JSON cannot hold as a number (NaN, ±Infinity) is a string. Timestamp and ETag are the service's own and not kept.
/// </summary>
internal static class EntityLine
{
    private const string PartitionKey = "partitionKey";
    private const string RowKey = "rowKey";
    private const string Properties = "properties";
    private const string Type = "type";
    private const string Value = "value";

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString(PartitionKey, entity.PartitionKey);
        writer.WriteString(RowKey, entity.RowKey);
        writer.WriteStartObject(Properties);
        foreach (var (name, value) in entity)
        {
            if (value is null || name is nameof(TableEntity.PartitionKey) or nameof(TableEntity.RowKey) or nameof(TableEntity.Timestamp) or "odata.etag")
            {
                continue;
            }

            writer.WriteStartObject(name);
            WriteValue(writer, entity, name, value);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static TableEntity Read(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var entity = new TableEntity(root.GetProperty(PartitionKey).GetString(), root.GetProperty(RowKey).GetString());
        foreach (var property in root.GetProperty(Properties).EnumerateObject())
        {
            var value = property.Value.GetProperty(Value);
            entity[property.Name] = property.Value.GetProperty(Type).GetString() switch
            {
                "String" => value.GetString(),
                "Int32" => value.GetInt32(),
                "Int64" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                "Double" => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
                "Boolean" => value.GetBoolean(),
                "DateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                "Guid" => value.GetGuid(),
                "Binary" => value.GetBytesFromBase64(),
                var other => throw new InvalidDataException($"Row ({entity.PartitionKey}, {entity.RowKey}): property {property.Name} has the unknown type {other}."),
            };
        }

        return entity;
    }

    private static void WriteValue(Utf8JsonWriter writer, TableEntity entity, string name, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(Type, "String");
                writer.WriteString(Value, text);
                break;
            case int number:
                writer.WriteString(Type, "Int32");
                writer.WriteNumber(Value, number);
                break;
            case long number:
                writer.WriteString(Type, "Int64");
                writer.WriteString(Value, number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteString(Type, "Double");
                if (double.IsFinite(number))
                {
                    writer.WriteNumber(Value, number);
                }
                else
                {
                    writer.WriteString(Value, number.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case bool flag:
                writer.WriteString(Type, "Boolean");
                writer.WriteBoolean(Value, flag);
                break;
            case DateTimeOffset instant:
                writer.WriteString(Type, "DateTime");
                writer.WriteString(Value, instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                writer.WriteString(Type, "Guid");
                writer.WriteString(Value, id);
                break;
            case byte[] bytes:
                writer.WriteString(Type, "Binary");
                writer.WriteBase64String(Value, bytes);
                break;
            case BinaryData data:
                writer.WriteString(Type, "Binary");
                writer.WriteBase64String(Value, data.ToMemory().Span);
                break;
            default:
                // Never drop what cannot be written: an export that silently loses a column is worse than a failed one.
                throw new InvalidOperationException($"Row ({entity.PartitionKey}, {entity.RowKey}): property {name} is a {value.GetType()}, which the export cannot write.");
        }
    }
}
