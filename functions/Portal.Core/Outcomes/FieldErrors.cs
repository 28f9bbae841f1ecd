using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Portal.Core.Outcomes;

/// <summary>
/// What is wrong with a request or a fed record, by field path in the API's style
/// (<c>stations[0].frequencies[1].emission</c>). The first message for a field is kept. <see cref="At(string, int)"/>
/// gives a view that writes under a nested path into the same errors, so a nested record's checks do
/// not build paths by hand.
/// </summary>
public sealed class FieldErrors : IReadOnlyDictionary<string, string[]>
{
    private readonly Dictionary<string, string[]> _errors;
    private readonly string _prefix;

    public FieldErrors()
        : this([], "")
    {
    }

    private FieldErrors(Dictionary<string, string[]> errors, string prefix)
    {
        _errors = errors;
        _prefix = prefix;
    }

    public bool IsEmpty => _errors.Count == 0;

    public int Count => _errors.Count;

    public IEnumerable<string> Keys => _errors.Keys;

    public IEnumerable<string[]> Values => _errors.Values;

    public string[] this[string key] => _errors[key];

    /// <summary>One message for a field under this view's path; a field keeps its first message.</summary>
    public FieldErrors Add(string field, string message) => Add(field, [message]);

    /// <summary>Several messages at once for one field (a password's broken rules).</summary>
    public FieldErrors Add(string field, IEnumerable<string> messages)
    {
        _errors.TryAdd(PathOf(field), [.. messages]);
        return this;
    }

    /// <summary>The field errors of a failure (a parsed part of a request), beside those of the rest; any other failure adds nothing.</summary>
    public FieldErrors AddAll(Failure? failure)
    {
        if (failure is Failure.Invalid invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                Add(field, messages);
            }
        }

        return this;
    }

    /// <summary>A message for the value at this view's own path (<c>stations[0]</c> is null).</summary>
    public FieldErrors Add(string message) => Add("", message);

    /// <summary>A text the request must have: the value, or "" with the field's error added (the caller answers the errors before using it).</summary>
    public string Required(string field, string? value, string message = "This field is required.")
    {
        if (string.IsNullOrEmpty(value))
        {
            Add(field, message);
            return "";
        }

        return value;
    }

    /// <summary>The errors of item <paramref name="index"/> of the list <paramref name="field"/>.</summary>
    public FieldErrors At(string field, int index) => new(_errors, $"{PathOf(field)}[{index}]");

    public bool ContainsKey(string key) => _errors.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string[] value) => _errors.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string[]>> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string PathOf(string field) => _prefix.Length == 0 ? field : field.Length == 0 ? _prefix : $"{_prefix}.{field}";
}
