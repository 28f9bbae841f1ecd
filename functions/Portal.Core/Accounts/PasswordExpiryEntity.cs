using System.Globalization;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>Time-ordered index of password expiry: partition = the Riga expiry date, row = user id.</summary>
internal sealed class PasswordExpiryEntity : PortalEntity
{
    public static string PartitionFor(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
