using System.Globalization;
using System.Text.Json;
using Json.Schema;
using Portal.Core.Outcomes;

namespace Portal.Core.Submissions;

/// <summary>
/// A form's content checked against its schema, with each error at the path of the field it concerns, written as the rest
/// of the API writes them (<c>stations[0].frequencies[1].emission</c>): a missing property at its own path, not its parent's.
/// </summary>
public static class FormValidation
{
    /// <summary>The longest content a submission holds, in characters of its JSON.</summary>
    public const int MaxContentLength = 30_000;

    private static readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true, Culture = CultureInfo.InvariantCulture };

    public static FieldErrors Validate(FormDefinition form, JsonElement content)
    {
        var errors = new FieldErrors();
        var results = form.Schema.Evaluate(content, _options);
        if (form.Deadline is { } deadline && DeadlineProblem(deadline, content) is { } problem)
        {
            Add(errors, deadline.From, problem);
        }

        if (results.IsValid)
        {
            return errors;
        }

        Collect(results, content, errors);
        return errors;
    }

    /// <summary>
    /// The errors of the failed parts of the evaluation, walked from the root: a part that passed is left with all it holds (the branch of an
    /// <c>anyOf</c> that did not match, when another did), as are the conditions of <c>if</c> and what <c>not</c> negates.
    /// </summary>
    private static void Collect(EvaluationResults node, JsonElement content, FieldErrors errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            var at = PathOf(content, node.InstanceLocation.ToString());
            if (keyword == "required")
            {
                foreach (var missing in Missing(message))
                {
                    Add(errors, Join(at, missing), "This field is required.");
                }
            }
            else
            {
                Add(errors, at, Message(keyword, message));
            }
        }

        foreach (var child in node.Details ?? [])
        {
            var path = child.EvaluationPath.ToString();
            if (!path.EndsWith("/if", StringComparison.Ordinal) && !path.EndsWith("/not", StringComparison.Ordinal))
            {
                Collect(child, content, errors);
            }
        }
    }

    /// <summary>
    /// Why a form's deadline cannot be counted from the day its content gives: the day is beyond the working-day calendar (<see cref="WorkingDays"/>).
    /// Null when it can, or when the field holds no day yet (the schema names that).
    /// </summary>
    public static string? DeadlineProblem(FormDeadline deadline, JsonElement content) =>
        content.ValueKind == JsonValueKind.Object && content.TryGetProperty(deadline.From, out var value) && value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && WorkingDays.Shipped.Deadline(day, deadline.WorkingDays) is null
            ? WorkingDays.Shipped.Beyond(day, deadline.WorkingDays)
            : null;

    /// <summary>The API's words for what the validator says, where its own would puzzle a user.</summary>
    private static string Message(string keyword, string message) => keyword switch
    {
        "" or "additionalProperties" or "unevaluatedProperties" => "The form has no such field.",
        "pattern" => "This is not in the form the field's hint gives.",
        "format" => "This is not a day (yyyy-MM-dd).",
        "enum" => "Choose one of the options.",
        "const" => "Confirm this to go on.",
        "type" => "This is not the kind of value the field takes.",
        _ => message.EndsWith('.') ? message : message + ".",
    };

    private static void Add(FieldErrors errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var held) || !held.Contains(message))
        {
            errors.Add(path, message);
        }
    }

    /// <summary>The names the validator lists in a <c>required</c> error: <c>Required properties ["a","b"] are not present</c>.</summary>
    private static IEnumerable<string> Missing(string message)
    {
        var (start, end) = (message.IndexOf('[', StringComparison.Ordinal), message.LastIndexOf(']'));
        return start >= 0 && end > start ? JsonSerializer.Deserialize(message[start..(end + 1)], SubmissionsJson.Default.StringArray) ?? [] : [];
    }

    /// <summary>A JSON Pointer into the content (<c>/station/frequencies/1/emission</c>) as a field path (<c>station.frequencies[1].emission</c>).</summary>
    internal static string PathOf(JsonElement content, string pointer)
    {
        var path = new System.Text.StringBuilder();
        var node = content;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                path.Append(CultureInfo.InvariantCulture, $"[{index}]");
                node = index < node.GetArrayLength() ? node[index] : default;
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(segment);
                node = node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segment, out var next) ? next : default;
            }
        }

        return path.ToString();
    }

    private static string Join(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";
}
