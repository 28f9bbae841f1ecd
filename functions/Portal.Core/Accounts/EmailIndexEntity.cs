using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>One account per email: inserting this row fails when the email is taken. Partition "email|{hash}".</summary>
internal sealed class EmailIndexEntity : PortalEntity
{
    public const string Row = "index";

    public EmailIndexEntity()
    {
        RowKey = Row;
    }

    public string UserId { get; set; } = "";

    public static string PartitionFor(string email) => $"email|{EmailAddress.Key(email)}";
}
