using System.Text.Json;
using Json.Schema;
using Portal.Core.Clients;

namespace Portal.Core.Submissions;

/// <summary>
/// One kind of submission at one version, as shipped in <c>Submissions/Forms/{kind}.v{version}.json</c>: the JSON Schema of its
/// content, the steps and labels the UI lays out (Latvian and English), and which clients are offered it. The file is served
/// to the UI as it is (<see cref="Json"/>); the server validates with the built <see cref="Schema"/>.
/// </summary>
public sealed class FormDefinition
{
    internal FormDefinition(string kind, int version, JsonElement json, JsonSchema schema, IReadOnlyList<ClientKind> clientKinds, string? registeredService, IReadOnlyList<FormField> fields,
        bool beginsFromPermit = false, FormDeadline? deadline = null)
    {
        BeginsFromPermit = beginsFromPermit;
        Deadline = deadline;
        Kind = kind;
        Version = version;
        Json = json;
        Schema = schema;
        ClientKinds = clientKinds;
        RegisteredService = registeredService;
        Fields = fields;
    }

    public string Kind { get; }

    public int Version { get; }

    /// <summary>The definition as shipped: kind, version, title, description, offeredTo, steps and schema.</summary>
    public JsonElement Json { get; }

    public JsonSchema Schema { get; }

    public IReadOnlyList<ClientKind> ClientKinds { get; }

    /// <summary>
    /// The registered service (§7) a client needs to be offered the form: null for none, "any" for any (the client holds
    /// permits), or a service kind's name (<c>fixed-links</c>).
    /// </summary>
    public string? RegisteredService { get; }

    /// <summary>
    /// A form begun from one of the client's permits (<c>"beginsFrom": "permit"</c>): the server fills the draft from the permit's stored data
    /// (<see cref="PermitPrefill"/>): <c>permitId</c>, the permit's values as they are (<c>before</c>) and the same values to change
    /// (<c>stations</c>). Its <c>snapshot</c> fields are the server's: a save keeps them as the draft began.
    /// </summary>
    public bool BeginsFromPermit { get; }

    /// <summary>A deadline counted in working days from a date the form asks for (<c>"deadline"</c>), or null.</summary>
    public FormDeadline? Deadline { get; }

    /// <summary>Every field the steps lay out, nested ones with their whole path (<c>station.frequencies</c>).</summary>
    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>The form's title in <paramref name="language"/> ("lv" or "en"), as an email names it.</summary>
    public string TitleIn(string language) => Json.GetProperty("title").TryGetProperty(language, out var local) ? local.GetString()! : Kind;
}

/// <summary>A field of a form's steps: its path from the content's root (list items left out: <c>station.frequencies.emission</c>) and its input.</summary>
public sealed record FormField(string Path, string Input);

/// <summary>A form's deadline: <see cref="WorkingDays"/> working days after the day at the top-level field <see cref="From"/>.</summary>
public sealed record FormDeadline(string From, int WorkingDays);
