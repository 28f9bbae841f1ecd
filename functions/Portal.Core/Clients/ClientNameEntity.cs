using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>Where staff find clients by the beginning of their name: partition "client-names", row "{folded name}|{clientId}".</summary>
internal sealed class ClientNameEntity : PortalEntity
{
    public const string Partition = "client-names";

    public string ClientId { get; set; } = "";

    private static readonly string[] _legalForms = ["sia", "as", "ik", "ks", "ps", "zs", "biedriba", "nodibinajums"];

    /// <summary>The rows a name is found by: the whole name, and the name after its legal form ("SIA “Radio Viļņi”" also as "radio vilni").</summary>
    public static IEnumerable<string> RowsFor(string name, string clientId)
    {
        var folded = Accounts.UserSearchEntity.Fold(name);
        yield return $"{folded}|{clientId}";
        var words = folded.Split(' ');
        if (words.Length > 1 && _legalForms.Contains(words[0]))
        {
            yield return $"{string.Join(' ', words[1..])}|{clientId}";
        }
    }
}
