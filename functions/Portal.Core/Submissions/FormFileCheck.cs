using System.Text.Json;
using Json.Schema;
using Portal.Core.Clients;
using Portal.Core.Permits;

namespace Portal.Core.Submissions;

/// <summary>
/// Checks a form file as the catalog loads it, so that what the UI lays out and what the server validates are one thing:
/// the name matches its kind and version; title, description, labels, hints and choices are in Latvian and English; every
/// field names a property of the schema, and every property of an object the steps lay out has a field; a choice's options
/// are the schema's <c>enum</c>; the schema builds. Any disagreement is an exception naming the file and the path.
/// </summary>
internal sealed class FormFileCheck(IReadOnlyList<JsonElement> shared)
{
    /// <summary><see cref="FormDefinition.RegisteredService"/> for a form offered to a client with any registered service.</summary>
    public const string AnyService = "any";

    /// <summary>
    /// The inputs the UI draws. A <c>group</c> lays out an object's fields; a <c>list</c> an array of objects; <c>permit</c> picks one of the
    /// client's permits by id; a <c>snapshot</c> is a value the server set when the draft began (a permit's values as they were), shown, never edited.
    /// </summary>
    public static IReadOnlyList<string> Inputs { get; } = ["text", "textarea", "number", "date", "select", "checkbox", "permit", "group", "list", Snapshot];

    public const string Snapshot = "snapshot";

    private static readonly string[] _languages = ["lv", "en"];

    private string _file = "";

    public FormDefinition Form(string file, JsonElement json, SchemaRegistry registry)
    {
        _file = file;
        var kind = Text(json, "kind");
        var version = json.TryGetProperty("version", out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var v) && v > 0 ? v : Fail<int>("version is not a positive whole number");
        if (FormCatalog.FileName(kind, version) != file)
        {
            Fail<int>($"the file should be named {FormCatalog.FileName(kind, version)}.json for its kind and version");
        }

        Local(json, "title");
        Local(json, "description");
        var offered = Member(json, "offeredTo");
        var clientKinds = Member(offered, "clientKinds").EnumerateArray().Select(k => Vocabulary<ClientKind>.Parse(k.GetString()) ?? Fail<ClientKind>($"offeredTo.clientKinds has {k}")).ToList();
        var service = Member(offered, "registeredService") is { ValueKind: JsonValueKind.String } named ? named.GetString() : null;
        if (service is not null and not AnyService && Vocabulary<ServiceKind>.Parse(service) is null)
        {
            Fail<int>($"offeredTo.registeredService is none of: null, {AnyService}, {string.Join(", ", Vocabulary<ServiceKind>.Texts)}");
        }

        var schemaJson = Member(json, "schema");
        var fields = new List<FormField>();
        var laidOut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in Member(json, "steps").EnumerateArray())
        {
            Text(step, "id");
            Local(step, "title");
            Fields(step, "", (schemaJson, schemaJson), fields, laidOut);
        }

        foreach (var property in Properties(schemaJson, schemaJson).Where(p => !laidOut.Contains(p)))
        {
            Fail<int>($"the schema's property {property} is in no step");
        }

        JsonSchema schema;
        try
        {
            schema = JsonSchema.Build(schemaJson, new BuildOptions { SchemaRegistry = registry }, new Uri($"https://forms.invalid/{file}.json"));
        }
        catch (Exception exception) when (exception is JsonSchemaException or JsonException or RefResolutionException or ArgumentException)
        {
            return Fail<FormDefinition>($"its schema does not build: {exception.Message}");
        }

        return new FormDefinition(kind, version, json, schema, clientKinds, service, fields, BeginsFromPermit(json, fields), Deadline(json, fields));
    }

    /// <summary><c>"beginsFrom": "permit"</c>: the form lays out what <see cref="PermitPrefill"/> fills; snapshot fields only in such a form.</summary>
    private bool BeginsFromPermit(JsonElement json, List<FormField> fields)
    {
        if (!json.TryGetProperty("beginsFrom", out var begins))
        {
            return fields.Any(f => f.Input == Snapshot) ? Fail<bool>("it has snapshot fields but nothing fills them (beginsFrom)") : false;
        }

        if (begins.ValueKind != JsonValueKind.String || begins.GetString() != PermitPrefill.BeginsFrom)
        {
            Fail<int>($"beginsFrom is not {PermitPrefill.BeginsFrom}");
        }

        foreach (var (path, input) in PermitPrefill.Fields.Where(p => !fields.Contains(new FormField(p.Path, p.Input))))
        {
            Fail<int>($"it begins from a permit but lays out no {input} field {path}");
        }

        return true;
    }

    /// <summary><c>"deadline": { "from", "workingDays" }</c>: a top-level date field and a positive count.</summary>
    private FormDeadline? Deadline(JsonElement json, List<FormField> fields)
    {
        if (!json.TryGetProperty("deadline", out var deadline))
        {
            return null;
        }

        var from = Text(deadline, "from");
        var days = Member(deadline, "workingDays") is { ValueKind: JsonValueKind.Number } count && count.TryGetInt32(out var d) && d > 0 ? d : Fail<int>("deadline.workingDays is not a positive whole number");
        return fields.Contains(new FormField(from, "date")) ? new FormDeadline(from, days) : Fail<FormDeadline>($"deadline.from {from} is no top-level date field");
    }

    /// <summary>Checks the fields of a step or group against the (object) schema they fill, and collects them.</summary>
    private void Fields(JsonElement container, string prefix, (JsonElement Node, JsonElement Root) schema, List<FormField> fields, HashSet<string> laidOut)
    {
        var (node, root) = Deref(schema.Node, schema.Root);
        var properties = node.TryGetProperty("properties", out var p) ? p : Fail<JsonElement>($"{Path(prefix, "")} lays out fields of a schema without properties");
        foreach (var field in Member(container, "fields").EnumerateArray())
        {
            var name = Text(field, "path");
            var path = Path(prefix, name);
            var input = Text(field, "input");
            if (!Inputs.Contains(input))
            {
                Fail<int>($"{path} has the input {input}, none of: {string.Join(", ", Inputs)}");
            }

            Local(field, "label");
            if (field.TryGetProperty("hint", out _))
            {
                Local(field, "hint");
            }

            var property = properties.TryGetProperty(name, out var found) ? Deref(found, root) : Fail<(JsonElement, JsonElement)>($"{path} is not a property of the schema");
            if (!laidOut.Add(path))
            {
                Fail<int>($"{path} is laid out twice");
            }

            fields.Add(new FormField(path, input));
            switch (input)
            {
                case "group":
                    Fields(field, path, property, fields, laidOut);
                    Covered(property, path, laidOut);
                    break;
                case "list":
                    Local(field, "itemLabel");
                    var items = property.Item1.TryGetProperty("items", out var i) ? (i, property.Item2) : Fail<(JsonElement, JsonElement)>($"{path} is a list whose schema has no items");
                    Fields(field, path, items, fields, laidOut);
                    Covered(Deref(items.Item1, items.Item2), path, laidOut);
                    break;
                case "select":
                    Options(field, path, property.Item1);
                    break;
            }
        }
    }

    /// <summary>Every property of a group's or list item's object is laid out.</summary>
    private void Covered((JsonElement Node, JsonElement Root) schema, string prefix, HashSet<string> laidOut)
    {
        foreach (var property in Properties(schema.Node, schema.Root).Select(name => Path(prefix, name)).Where(path => !laidOut.Contains(path)))
        {
            Fail<int>($"the schema's property {property} is in no step");
        }
    }

    private void Options(JsonElement field, string path, JsonElement property)
    {
        var options = Member(field, "options");
        var values = property.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(v => v.GetString()).ToList() : Fail<List<string?>>($"{path} is a choice whose schema has no enum");
        var keys = options.EnumerateObject().Select(o => o.Name).ToList();
        if (!keys.Order(StringComparer.Ordinal).SequenceEqual(values.Order(StringComparer.Ordinal)))
        {
            Fail<int>($"{path}'s options ({string.Join(", ", keys)}) are not its schema's enum ({string.Join(", ", values)})");
        }

        foreach (var option in options.EnumerateObject())
        {
            Local(options, option.Name);
        }
    }

    private IEnumerable<string> Properties(JsonElement node, JsonElement root)
    {
        var (schema, _) = Deref(node, root);
        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];
    }

    /// <summary>Follows <c>$ref</c>s: within the document (<c>#/$defs/...</c>) or into a shared schema by its <c>$id</c>.</summary>
    private (JsonElement Node, JsonElement Root) Deref(JsonElement node, JsonElement root)
    {
        for (var hops = 0; node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference); hops++)
        {
            var text = reference.GetString() ?? "";
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var (document, pointer) = hash < 0 ? (text, "") : (text[..hash], text[(hash + 1)..]);
            if (document.Length > 0)
            {
                root = shared.FirstOrDefault(s => s.TryGetProperty("$id", out var id) && id.GetString() == document) is { ValueKind: JsonValueKind.Object } target
                    ? target : Fail<JsonElement>($"$ref {text} names no shared schema");
            }

            node = root;
            foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node.TryGetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out var next) ? next : Fail<JsonElement>($"$ref {text} leads nowhere");
            }

            if (hops > 16)
            {
                Fail<int>($"$ref {text} goes round in circles");
            }
        }

        return (node, root);
    }

    /// <summary>An object with a non-empty text in each language.</summary>
    private void Local(JsonElement parent, string name)
    {
        var local = Member(parent, name);
        foreach (var language in _languages)
        {
            if (local.ValueKind != JsonValueKind.Object || !local.TryGetProperty(language, out var text) || text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
            {
                Fail<int>($"{name} has no {language} text");
            }
        }
    }

    private string Text(JsonElement parent, string name) =>
        Member(parent, name) is { ValueKind: JsonValueKind.String } text && text.GetString() is { Length: > 0 } value ? value : Fail<string>($"{name} is not a text");

    private JsonElement Member(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : Fail<JsonElement>($"{name} is missing");

    private static string Path(string prefix, string name) => prefix.Length == 0 ? name : name.Length == 0 ? prefix : $"{prefix}.{name}";

    private T Fail<T>(string why) => throw new InvalidOperationException($"The form file {_file}.json is not right: {why}.");
}
