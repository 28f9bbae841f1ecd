using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.SecurityTests.Fuzz;

/// <summary>One generated request: built from an operation and a seed, so a failure names what to send again.</summary>
public sealed record FuzzRequest(FuzzOperation Operation, FuzzCaller Caller, string Url, string Kind, byte[]? Body, string? ContentType, IReadOnlyList<(string Name, string Value)> Headers)
{
    private static readonly string[] _wrongTypes = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/pdf", "multipart/form-data; boundary=x", "*/*", ";;;"];

    public static FuzzRequest Build(FuzzOperation operation, HostileValues values, Random random)
    {
        var caller = random.Next(10) == 0 && operation.Path != FuzzOperation.SignOut ? (FuzzCaller)random.Next(4) : operation.Caller;
        var path = operation.PathParameters.Aggregate(operation.Path, (p, parameter) => p.Replace($"{{{parameter.Name}}}", values.RouteValue(parameter.Schema, random), StringComparison.Ordinal));
        var query = new List<string>();
        foreach (var parameter in operation.QueryParameters.Where(p => p.Required ? random.Next(10) > 0 : random.Next(2) == 0))
        {
            query.Add($"{parameter.Name}={Uri.EscapeDataString(values.QueryValue(parameter.Schema, random))}");
            if (random.Next(10) == 0)
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(values.QueryValue(parameter.Schema, random))}");
            }
        }

        if (random.Next(10) == 0)
        {
            query.Add("unexpected=%00%ED%A0%80");
        }

        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        var headers = new List<(string, string)>();
        if (random.Next(8) == 0)
        {
            headers.Add(("X-Forwarded-For", HostileValues.AnyString(random) is { Length: < 4000 } forwarded ? forwarded.Replace("\0", "", StringComparison.Ordinal) : "1.2.3.4"));
        }

        if (random.Next(8) == 0)
        {
            headers.Add(("Accept", random.Next(2) == 0 ? "application/xml" : "*/*;q=abc"));
        }

        var (kind, body, contentType) = MakeBody(operation, values, random);
        return new FuzzRequest(operation, caller, url, kind, body, contentType, headers);
    }

    private static (string Kind, byte[]? Body, string? ContentType) MakeBody(FuzzOperation operation, HostileValues values, Random random)
    {
        if (operation.Bodies.Count == 0)
        {
            return random.Next(6) == 0 ? ("unasked", Encoding.UTF8.GetBytes("{\"a\":1}"), "application/json") : ("none", null, null);
        }

        var (mediaType, schema) = operation.Bodies.ElementAt(random.Next(operation.Bodies.Count));
        if (mediaType == "application/pdf")
        {
            return random.Next(3) switch
            {
                0 => ("pdf", [.. "%PDF-1.7\n"u8, .. RandomBytes(random, random.Next(2000))], mediaType),
                1 => ("pdf-empty", [], mediaType),
                _ => ("pdf-garbage", RandomBytes(random, random.Next(5000)), mediaType),
            };
        }

        var json = values.Of(schema, random);
        var text = Text(json);
        var kind = random.Next(14);
        return kind switch
        {
            0 => ("wrong-type", Encoding.UTF8.GetBytes(Text(values.Of(default, random))), "application/json"),
            1 => ("deep", Encoding.UTF8.GetBytes(new string('[', 1000 + random.Next(4000)) + new string(']', random.Next(2) == 0 ? 0 : 5000)), "application/json"),
            2 => ("deep-object", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 1500)) + "1" + new string('}', 1500)), "application/json"),
            3 => ("duplicate-keys", Encoding.UTF8.GetBytes(DuplicateFirstKey(text)), "application/json"),
            4 => ("invalid-utf8", [.. "{\"email\":\""u8, 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, .. "\"}"u8], "application/json"),
            5 => ("empty", [], "application/json"),
            6 => ("truncated", Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), "application/json"),
            7 => ("wrong-content-type", Encoding.UTF8.GetBytes(text), _wrongTypes[random.Next(_wrongTypes.Length)]),
            8 => ("huge", Encoding.UTF8.GetBytes($"{{\"a\":\"{new string('x', 200_000)}\"}}"), "application/json"),
            9 when mediaType == "multipart/form-data" => ("multipart", null, "multipart"),
            _ => ("shaped", Encoding.UTF8.GetBytes(text), mediaType == "multipart/form-data" ? "application/json" : mediaType),
        };
    }

    public HttpRequestMessage ToMessage(Random random)
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        if (ContentType == "multipart")
        {
            var form = new MultipartFormDataContent();
            foreach (var name in new[] { "personKind", "firstName", "email", "acceptedTermsVersion", "personalCode" })
            {
                form.Add(new StringContent(HostileValues.AnyString(random)), name);
            }

            if (random.Next(2) == 0)
            {
                form.Add(new ByteArrayContent(RandomBytes(random, random.Next(3000))), "document", random.Next(2) == 0 ? "a.pdf" : "..\\..\\\u202Egnp.exe");
            }

            message.Content = form;
        }
        else if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (MediaTypeHeaderValue.TryParse(ContentType, out var type))
            {
                message.Content.Headers.ContentType = type;
            }
            else
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public override string ToString() =>
        $"{Operation.Method} {Url} as {Caller}, body {Kind} ({ContentType}): {(Body is null ? "-" : Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 300))))}";

    private static string Text(JsonNode? json) =>
        (json?.ToJsonString() ?? "null").Replace(JsonSerializer.Serialize(HostileValues.LoneSurrogate), "\"\\ud800\"", StringComparison.Ordinal);

    private static string DuplicateFirstKey(string text)
    {
        var fallback = "{\"a\":1,\"a\":\"b\"}";
        try
        {
            using var parsed = JsonDocument.Parse(text);
            return parsed.RootElement.ValueKind == JsonValueKind.Object && parsed.RootElement.EnumerateObject().Select(p => p.Name).FirstOrDefault() is { } name
                ? $"{{{JsonSerializer.Serialize(name)}:[1,2],{text[1..]}"
                : fallback;
        }
        catch (JsonException)
        {
            return fallback;
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
