using System.ComponentModel.DataAnnotations;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.UnitTests.Storage;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Validate_NothingSet_NamesTheMissingSettings()
    {
        var errors = Validate(new StorageOptions());

        var error = Assert.Single(errors);
        Assert.Contains("Storage:ConnectionString", error, StringComparison.Ordinal);
        Assert.Contains("Storage:TableServiceUri", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionString_IsEnough()
    {
        Assert.Empty(Validate(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" }));
    }

    [Fact]
    public void Validate_ServiceUrisForManagedIdentity_AreEnough()
    {
        Assert.Empty(Validate(new StorageOptions
        {
            TableServiceUri = new Uri("https://portal.table.core.windows.net"),
            BlobServiceUri = new Uri("https://portal.blob.core.windows.net"),
            QueueServiceUri = new Uri("https://portal.queue.core.windows.net"),
        }));
    }

    [Fact]
    public void Validate_OnlyTableUri_NamesTheOthers()
    {
        var error = Assert.Single(Validate(new StorageOptions { TableServiceUri = new Uri("https://portal.table.core.windows.net") }));

        Assert.Contains("Storage:BlobServiceUri", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage:TableServiceUri", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MailOptions_Missing_NamesEachSetting()
    {
        var errors = Validate(new MailOptions());

        Assert.Contains(errors, e => e.Contains("Mail:SmtpHost", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Mail:SmtpPort", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Mail:FromAddress", StringComparison.Ordinal));
    }

    private static List<string> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
