namespace Portal.Core.Notifications;

/// <summary>An email to send: which template, to whom, in which language, with what values. Rendered when sent.</summary>
public sealed record EmailMessage(string To, string Language, string Template, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Values that are lists of lines (a digest's items): "- " lines in the text, a list in the HTML.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Lists { get; init; }
}
