using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Portal.Functions.Contract;

/// <summary>
/// The JSON schemas of the API's bodies, taken from the serializer's own contracts (the source-generated
/// <see cref="PortalJsonContext"/>) by <see cref="JsonSchemaExporter"/>, so a schema cannot drift from
/// what is written. Each record becomes a component, referenced wherever it is nested. An answer's
/// objects are closed and list every property as required (the API writes nulls); a request's objects
/// require only the properties that cannot be null.
/// </summary>
internal sealed class ApiSchemas(OpenApiDocument document)
{
    public enum Direction
    {
        Request,
        Response,
    }

    /// <summary>The API's own serializer settings, except that numbers are written as numbers only, as they are.</summary>
    private readonly JsonSerializerOptions _options = new(PortalJsonContext.Default.Options)
    {
        NumberHandling = JsonNumberHandling.Strict,
        TypeInfoResolver = PortalJsonContext.Default,
    };

    private readonly Dictionary<(Type, Direction), string> _names = [];
    private readonly Dictionary<string, JsonNode> _components = new(StringComparer.Ordinal);

    /// <summary>The schema of a body: a reference to the type's component, or (lists, dictionaries) a schema of its own.</summary>
    public IOpenApiSchema For(Type type, Direction direction)
    {
        var typeInfo = TypeInfo(type);
        return typeInfo.Kind == JsonTypeInfoKind.Object ? new OpenApiSchemaReference(Component(typeInfo, direction), document) : Read(Export(typeInfo, direction));
    }

    /// <summary>Writes every component named so far, with the document's own, into the document in name order.</summary>
    public void Complete(IReadOnlyDictionary<string, IOpenApiSchema> others)
    {
        document.Components!.Schemas = _components.Select(c => KeyValuePair.Create(c.Key, (IOpenApiSchema)Read(c.Value))).Concat(others)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
    }

    private JsonTypeInfo TypeInfo(Type type) =>
        _options.TryGetTypeInfo(type, out var typeInfo)
            ? typeInfo
            : throw new InvalidOperationException($"{type.Name} is not in {nameof(PortalJsonContext)}: add [JsonSerializable(typeof({type.Name}))] there.");

    private string Component(JsonTypeInfo typeInfo, Direction direction)
    {
        if (!_names.TryGetValue((typeInfo.Type, direction), out var name))
        {
            name = typeInfo.Type.Name;
            if (_names.ContainsKey((typeInfo.Type, Other(direction))))
            {
                name += direction == Direction.Request ? "Input" : "Output";
            }

            if (_components.ContainsKey(name))
            {
                throw new InvalidOperationException($"Two body types are named {name}; rename one.");
            }

            _names[(typeInfo.Type, direction)] = name;
            _components[name] = new JsonObject();
            _components[name] = Export(typeInfo, direction);
        }

        return name;
    }

    private static Direction Other(Direction direction) => direction == Direction.Request ? Direction.Response : Direction.Request;

    private JsonNode Export(JsonTypeInfo typeInfo, Direction direction) =>
        JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // A nested record is its own component.
                if (context.Path.Length > 0 && context.TypeInfo.Kind == JsonTypeInfoKind.Object && node is JsonObject nested)
                {
                    var reference = new JsonObject { ["$ref"] = $"#/components/schemas/{Component(context.TypeInfo, direction)}" };
                    return AllowsNull(nested) ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
                }

                if (node is not JsonObject schema)
                {
                    return node;
                }

                if (schema["enum"] is JsonArray values && schema["type"] is null)
                {
                    schema["type"] = values.Any(v => v is null) ? new JsonArray("string", "null") : "string";
                }

                if (context.Path.Length == 0 && context.TypeInfo.Kind == JsonTypeInfoKind.Object)
                {
                    Shape(schema, direction);
                }

                return schema;
            },
        });

    private static void Shape(JsonObject schema, Direction direction)
    {
        // The root of a record's own schema is the record, never null: the reference says whether it may be.
        if (schema["type"] is JsonArray)
        {
            schema["type"] = "object";
        }

        if (direction == Direction.Response)
        {
            schema["additionalProperties"] = false;
            return;
        }

        if (schema["required"] is JsonArray required && schema["properties"] is JsonObject properties)
        {
            var kept = required.Select(r => r!.GetValue<string>()).Where(name => properties[name] is JsonObject property && !AllowsNull(property)).ToList();
            if (kept.Count == 0)
            {
                schema.Remove("required");
            }
            else
            {
                schema["required"] = new JsonArray([.. kept.Select(k => (JsonNode)k)]);
            }
        }
    }

    private static bool AllowsNull(JsonObject schema) =>
        schema["type"] switch
        {
            JsonArray types => types.Any(t => t?.GetValue<string>() == "null"),
            JsonValue type => type.GetValue<string>() == "null",
            _ => schema["anyOf"] is JsonArray any && any.Any(s => s is JsonObject o && AllowsNull(o)),
        };

    private OpenApiSchema Read(JsonNode node)
    {
        var schema = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(node, OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic);
        return schema is not null && diagnostic.Errors.Count == 0
            ? schema
            : throw new InvalidOperationException($"A schema did not read back: {string.Join("; ", diagnostic.Errors.Select(e => e.Message))} in {node.ToJsonString()}");
    }
}
