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
/// what is written. Each record becomes a component, referenced wherever it is nested; a record met
/// both in requests and in answers has two, the request's named "...Input". An answer's objects are
/// closed and require every property the API always writes (nulls included); a request's objects
/// require only the properties that cannot be null (the feed's records allow null everywhere, so that
/// each record is refused on its own with its field errors rather than the whole batch).
/// </summary>
internal sealed class ApiSchemas
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

    private readonly OpenApiDocument _document;
    private readonly Dictionary<(Type, Direction), string> _names = [];
    private readonly Dictionary<string, JsonNode> _components = new(StringComparer.Ordinal);
    private readonly HashSet<Type> _inBoth;

    /// <param name="bodies">Every body the document will describe, so a record's names do not depend on the order they are met in.</param>
    public ApiSchemas(OpenApiDocument document, IEnumerable<(Type Type, Direction Direction)> bodies)
    {
        _document = document;
        var reached = new Dictionary<Direction, HashSet<Type>> { [Direction.Request] = [], [Direction.Response] = [] };
        foreach (var (type, direction) in bodies)
        {
            Reach(type, reached[direction]);
        }

        _inBoth = [.. reached[Direction.Request].Intersect(reached[Direction.Response])];
    }

    /// <summary>The schema of a body: a reference to the type's component, or (lists, dictionaries) a schema of its own.</summary>
    public IOpenApiSchema For(Type type, Direction direction)
    {
        var typeInfo = TypeInfo(type);
        return typeInfo.Kind == JsonTypeInfoKind.Object ? new OpenApiSchemaReference(Component(typeInfo, direction), _document) : Read(Export(typeInfo, direction));
    }

    /// <summary>Writes every component named so far, with the document's own, into the document in name order.</summary>
    public void Complete(IReadOnlyDictionary<string, IOpenApiSchema> others)
    {
        _document.Components!.Schemas = _components.Select(c => KeyValuePair.Create(c.Key, (IOpenApiSchema)Read(c.Value))).Concat(others)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
    }

    private void Reach(Type type, HashSet<Type> reached)
    {
        var typeInfo = TypeInfo(type);
        if (typeInfo.Kind == JsonTypeInfoKind.Object && reached.Add(type))
        {
            foreach (var property in typeInfo.Properties)
            {
                Reach(property.PropertyType, reached);
            }
        }
        else if (typeInfo.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
        {
            Reach(typeInfo.ElementType!, reached);
        }
    }

    private JsonTypeInfo TypeInfo(Type type) =>
        _options.TryGetTypeInfo(type, out var typeInfo)
            ? typeInfo
            : throw new InvalidOperationException($"{type.Name} is not in {nameof(PortalJsonContext)}: add [JsonSerializable(typeof({type.Name}))] there.");

    private string Component(JsonTypeInfo typeInfo, Direction direction)
    {
        if (!_names.TryGetValue((typeInfo.Type, direction), out var name))
        {
            name = typeInfo.Type.Name + (direction == Direction.Request && _inBoth.Contains(typeInfo.Type) ? "Input" : "");
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

                // Any JSON (a form's content, a form definition: JsonElement) is the schema `true`; OpenAPI's model takes it as `{}`.
                if (node is JsonValue any && any.GetValueKind() == System.Text.Json.JsonValueKind.True)
                {
                    return new JsonObject();
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
                    Shape(schema, context.TypeInfo, direction);
                }

                return schema;
            },
        });

    private static void Shape(JsonObject schema, JsonTypeInfo typeInfo, Direction direction)
    {
        // The root of a record's own schema is the record, never null: the reference says whether it may be.
        if (schema["type"] is JsonArray)
        {
            schema["type"] = "object";
        }

        if (direction == Direction.Response)
        {
            // Written always unless the property says when to leave it out (a later optional field).
            schema["required"] = new JsonArray([.. typeInfo.Properties.Where(p => p.ShouldSerialize is null).Select(p => (JsonNode)p.Name)]);
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
        var schema = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(node, OpenApiSpecVersion.OpenApi3_1, _document, out var diagnostic);
        return schema is not null && diagnostic.Errors.Count == 0
            ? schema
            : throw new InvalidOperationException($"A schema did not read back: {string.Join("; ", diagnostic.Errors.Select(e => e.Message))} in {node.ToJsonString()}");
    }
}
