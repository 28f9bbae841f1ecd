using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.SecurityTests.Fuzz;

/// <summary>
/// Values for the fuzz: shaped by a JSON schema of the API's document (with its $refs), but with
/// hostile leaves and, now and then, the wrong type - and strings no form would send.
/// </summary>
public sealed class HostileValues(JsonElement document)
{
    /// <summary>Stands for a lone surrogate, which a JSON writer will not write: put into the text afterwards.</summary>
    public const string LoneSurrogate = "\u00a7lone\u00a7";

    private static readonly string _megabyte = new('x', 1024 * 1024);

    private static readonly string[] _strings =
    [
        "", " ", "a", "c1", "0", "-1", "null", "true", "[]", "{}", "\0", "a\0b", "\u202Egnp.exe", "\u200F\u200E", "\uFEFF", "😀", "Jānis Bērziņš",
        "e\u0301", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "a|b", "a/b", "%00", "\r\n", "\t", "1e309", "NaN",
        "2026-13-45", "2026-02-30", "0001-01-01", "9999-12-31T23:59:59Z", "a@b", "@", "x@example.lv", "+371 20000000",
        "00000000-0000-0000-0000-000000000000", LoneSurrogate, "\uFFFF", new string('x', 300), new string('ā', 5000),
    ];

    private static readonly string[] _routeValues =
    [
        "c1", "x", "1", "0", "-1", "00000000000000000000000000000000", "%01", "%7F", "%E2%80%AE", "%F0%9F%98%80", "%ED%A0%80", "%FF",
        "%2F", "a%7Cb", "a%23b", "a%3Fb", "%20", "a%5Cb", "%C4%81", new string('x', 300), new string('9', 40),
    ];

    private readonly JsonElement _schemas = document.GetProperty("components").GetProperty("schemas");

    public static string AnyString(Random random) =>
        random.Next(50) == 0 ? _megabyte : _strings[random.Next(_strings.Length)];

    /// <summary>A route value, already escaped for the path: one the schema allows, or one that could name nothing (no NUL, which the test server refuses before sending, and no dot segments, which the client removes).</summary>
    public string RouteValue(JsonElement schema, Random random) =>
        random.Next(3) == 0 && Enum(schema) is { Count: > 0 } values
            ? Uri.EscapeDataString(values[random.Next(values.Count)])
            : random.Next(4) == 0 ? Guid.NewGuid().ToString("N") : _routeValues[random.Next(_routeValues.Length)];

    /// <summary>A query value as it goes into the URL.</summary>
    public string QueryValue(JsonElement schema, Random random) =>
        random.Next(3) == 0 && Enum(schema) is { Count: > 0 } values
            ? values[random.Next(values.Count)]
            : random.Next(5) == 0 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(AnyString(random)))
            : AnyString(random);

    /// <summary>A value of the schema's shape with hostile leaves; now and then of another type.</summary>
    public JsonNode? Of(JsonElement schema, Random random, int depth = 0)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > 6 || random.Next(12) == 0)
        {
            return Any(random, depth);
        }

        foreach (var choice in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(choice, out var choices))
            {
                var options = choices.EnumerateArray().ToList();
                return Of(options[random.Next(options.Count)], random, depth);
            }
        }

        if (Enum(schema) is { Count: > 0 } values && random.Next(4) > 0)
        {
            return JsonValue.Create(values[random.Next(values.Count)]);
        }

        var types = Types(schema);
        if (types.Contains("null") && random.Next(8) == 0)
        {
            return null;
        }

        var type = types.Where(t => t != "null").DefaultIfEmpty("object").ElementAt(random.Next(Math.Max(1, types.Count(t => t != "null"))));
        return type switch
        {
            "object" => Object(schema, random, depth),
            "array" => Array(schema, random, depth),
            "integer" => Integer(random),
            "number" => Number(random),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            _ => JsonValue.Create(Text(schema, random)),
        };
    }

    private JsonObject Object(JsonElement schema, Random random, int depth)
    {
        var value = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject().Where(_ => random.Next(8) > 0))
            {
                value[property.Name] = Of(property.Value, random, depth + 1);
            }
        }

        if (random.Next(10) == 0)
        {
            value["unexpected" + random.Next(3)] = Any(random, depth + 1);
        }

        return value;
    }

    private JsonArray Array(JsonElement schema, Random random, int depth)
    {
        var max = schema.TryGetProperty("maxItems", out var maxItems) ? maxItems.GetInt32() : 3;
        var count = random.Next(6) == 0 ? max + 1 : random.Next(Math.Min(max, 3) + 1);
        var items = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            array.Add(Of(items, random, depth + 1));
        }

        return array;
    }

    private static JsonNode Integer(Random random) => random.Next(8) switch
    {
        0 => JsonValue.Create(int.MaxValue),
        1 => JsonValue.Create(long.MinValue),
        2 => JsonValue.Create(-1),
        3 => JsonValue.Create(1e30),
        4 => JsonValue.Create(0.5),
        _ => JsonValue.Create(random.Next(0, 10)),
    };

    private static JsonNode Number(Random random) => random.Next(6) switch
    {
        0 => JsonValue.Create(double.MaxValue),
        1 => JsonValue.Create(-double.MaxValue),
        2 => JsonValue.Create(-0.0),
        3 => JsonValue.Create(decimal.MaxValue),
        4 => JsonValue.Create(1e-300),
        _ => JsonValue.Create(Math.Round(random.NextDouble() * 1000, 2)),
    };

    private static string Text(JsonElement schema, Random random)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return random.Next(3) > 0 ? AnyString(random) : format switch
        {
            "date" => "2026-01-15",
            "date-time" => "2026-01-15T10:00:00Z",
            "email" => $"fuzz{random.Next(1000)}@example.lv",
            "uuid" => Guid.NewGuid().ToString(),
            _ => "Fuzz " + random.Next(1000).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Any JSON value at all: a string, a number, a list, an object.</summary>
    private static JsonNode? Any(Random random, int depth) => random.Next(depth > 3 ? 5 : 7) switch
    {
        0 => null,
        1 => JsonValue.Create(AnyString(random)),
        2 => Integer(random),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => Number(random),
        5 => new JsonArray(Any(random, depth + 1), Any(random, depth + 1)),
        _ => new JsonObject { ["a"] = Any(random, depth + 1) },
    };

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    private List<string> Enum(JsonElement schema)
    {
        schema = Resolve(schema);
        return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values)
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
    }

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? ["object"]
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];
}
