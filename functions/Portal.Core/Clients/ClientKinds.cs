namespace Portal.Core.Clients;

public static class ClientKinds
{
    /// <summary>The kind as the API and the back office write it: natural or legal.</summary>
    public static string Text(this ClientKind kind) => kind == ClientKind.Legal ? "legal" : "natural";
}
