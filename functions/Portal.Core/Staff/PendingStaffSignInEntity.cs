using Portal.Core.Storage;

namespace Portal.Core.Staff;

/// <summary>A browser sign-in begun and not yet finished: what the callback needs. Partition "staff-sign-in|{hash of state}".</summary>
internal sealed class PendingStaffSignInEntity : PortalEntity
{
    public const string Row = "pending";

    public PendingStaffSignInEntity()
    {
        RowKey = Row;
    }

    public string Nonce { get; set; } = "";

    public string CodeVerifier { get; set; } = "";

    public string ReturnTo { get; set; } = "/staff";

    public DateTimeOffset ExpiresAt { get; set; }

    public static string PartitionFor(string state) => $"staff-sign-in|{RandomTokens.Hash(state)}";
}
