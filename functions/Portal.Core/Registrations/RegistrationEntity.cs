using Portal.Core.Storage;

namespace Portal.Core.Registrations;

/// <summary>A registration application waiting for ES to check it (§10). Partition "registration|{id}".</summary>
internal sealed class RegistrationEntity : PortalEntity
{
    public const string Row = "application";

    public RegistrationEntity()
    {
        RowKey = Row;
    }

    public string ApplicationId { get; set; } = "";

    public string Status { get; set; } = "pending";

    public string PersonKind { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    /// <summary>Kept as data for ES to check; never logged, never in a key.</summary>
    public string PersonalCode { get; set; } = "";

    public string? CompanyName { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? Position { get; set; }

    public string Address { get; set; } = "";

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Language { get; set; } = "lv";

    public int AcceptedTermsVersion { get; set; }

    public string? DocumentBlob { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string IpAddress { get; set; } = "";

    public string? UserAgent { get; set; }

    /// <summary>Set when staff approve: the ids the approval rolls forward to, so a repeat lands on the same ones.</summary>
    public string? UserId { get; set; }

    public string? ClientId { get; set; }

    public string? Scopes { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Reason { get; set; }

    public static string PartitionFor(string id) => $"registration|{id}";
}
