namespace Portal.Core.Clients;

public enum ClientKind
{
    Natural,
    Legal,
}
