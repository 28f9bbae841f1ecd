namespace Portal.Core.Identity;

/// <summary>
/// Where the browser goes to sign in: a GET of <paramref name="Address"/> when <paramref name="Form"/> is null (Latvija.lv), else a
/// POST of the form's fields, in order, to it (a bank link's signed request).
/// </summary>
public sealed record ExternalRedirect(Uri Address, IReadOnlyList<KeyValuePair<string, string>>? Form = null);
