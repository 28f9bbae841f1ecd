using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Json.Schema;
using Portal.Core.Clients;
using Portal.Core.Permits;

namespace Portal.Core.Submissions;

/// <summary>
/// The submission forms shipped with the portal (<c>Submissions/Forms</c>, embedded): every kind at every version, so a draft
/// begun on an older version is still read and checked by the version it was begun on, while new drafts take the newest.
/// Each file is checked when the catalog loads (<see cref="FormFileCheck"/>): a form whose steps and schema disagree stops
/// the portal at start-up, not a user half-way through it.
/// </summary>
public sealed class FormCatalog
{
    private const string ResourcePrefix = "Forms.";
    private const string SharedSuffix = ".schema.json";

    private readonly Dictionary<(string Kind, int Version), FormDefinition> _forms;
    private readonly Dictionary<string, FormDefinition> _newest;

    private FormCatalog(IReadOnlyList<JsonElement> shared, IEnumerable<FormDefinition> forms)
    {
        Shared = shared;
        _forms = forms.ToDictionary(f => (f.Kind, f.Version));
        _newest = _forms.Values.GroupBy(f => f.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Version)!, StringComparer.Ordinal);
    }

    /// <summary>The schemas the forms share (the technical model: stations, frequencies, places), by their <c>$id</c>.</summary>
    public IReadOnlyList<JsonElement> Shared { get; }

    /// <summary>The newest version of every kind.</summary>
    public IReadOnlyList<FormDefinition> Newest => [.. _newest.Values.OrderBy(f => f.Kind, StringComparer.Ordinal)];

    /// <summary>The forms shipped in this assembly.</summary>
    public static FormCatalog Shipped { get; } = Load(typeof(FormCatalog).Assembly);

    public FormDefinition? Find(string kind, int version) => _forms.GetValueOrDefault((kind, version));

    public FormDefinition? NewestOf(string kind) => _newest.GetValueOrDefault(kind);

    /// <summary>The newest forms this client is offered, by its kind and registered services (§3, §7).</summary>
    public IReadOnlyList<FormDefinition> OfferedTo(Client client) => [.. Newest.Where(f => Offers(f, client))];

    public static bool Offers(FormDefinition form, Client client) =>
        form.ClientKinds.Contains(client.Kind)
        && form.RegisteredService switch
        {
            null => true,
            FormFileCheck.AnyService => client.Services.Count > 0,
            var service => Vocabulary<ServiceKind>.Parse(service) is { } kind && client.Services.Contains(kind),
        };

    /// <summary>Reads and checks every form file embedded in <paramref name="assembly"/>.</summary>
    internal static FormCatalog Load(Assembly assembly)
    {
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var registry = new SchemaRegistry();
        var shared = new List<JsonElement>();
        foreach (var name in files.Where(n => n.EndsWith(SharedSuffix, StringComparison.Ordinal)))
        {
            var json = Read(assembly, name);
            var id = json.TryGetProperty("$id", out var value) ? value.GetString() : null;
            if (id is null)
            {
                throw new InvalidOperationException($"The shared form schema {name} has no $id.");
            }

            registry.Register(JsonSchema.Build(json, new BuildOptions { SchemaRegistry = registry }, new Uri(id)));
            shared.Add(json);
        }

        var check = new FormFileCheck(shared);
        var forms = files.Where(n => !n.EndsWith(SharedSuffix, StringComparison.Ordinal)).Select(name => check.Form(name[ResourcePrefix.Length..^".json".Length], Read(assembly, name), registry));
        return new FormCatalog(shared, forms);
    }

    private static JsonElement Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    /// <summary>A form file's name: <c>{kind}.v{version}</c>.</summary>
    internal static string FileName(string kind, int version) => string.Create(CultureInfo.InvariantCulture, $"{kind}.v{version}");
}
