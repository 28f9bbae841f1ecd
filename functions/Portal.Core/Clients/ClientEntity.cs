using Portal.Core.Storage;

using Portal.Core.Permits;

namespace Portal.Core.Clients;

/// <summary>A client's own row: partition "client|{id}" - the partition family of everything of that client.</summary>
internal sealed class ClientEntity : PortalEntity
{
    public const string Row = "client";

    public ClientEntity()
    {
        RowKey = Row;
    }

    public string ClientId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? RegistrationNumber { get; set; }

    /// <summary>A natural person's personal code, as its HMAC only.</summary>
    public string? PersonalCodeHmac { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? ExternalId { get; set; }

    /// <summary>The back office's version of what this row holds; null until it is fed.</summary>
    public long? Version { get; set; }

    public string? ContentHash { get; set; }

    public string? Address { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string BillingArrangement { get; set; } = "";

    /// <summary>Service kinds, comma-separated.</summary>
    public string Services { get; set; } = "";

    /// <summary>Set by staff only: the client's admins invite representatives without ES confirming each (§10).</summary>
    public bool SelfServiceInvitations { get; set; }

    public static string PartitionFor(string clientId) => $"client|{clientId}";

    public Client ToClient() => new(ClientId, Name, Enum.Parse<ClientKind>(Kind), RegistrationNumber, CreatedAt)
    {
        BillingArrangement = Vocabulary<Billing.BillingArrangement>.Parse(BillingArrangement),
        Services = [.. Services.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Vocabulary<ServiceKind>.Stored)],
        ExternalId = ExternalId,
        SelfServiceInvitations = SelfServiceInvitations,
    };
}
