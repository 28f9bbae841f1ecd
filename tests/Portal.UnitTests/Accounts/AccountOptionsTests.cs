using System.ComponentModel.DataAnnotations;
using Portal.Core.Accounts;

namespace Portal.UnitTests.Accounts;

public sealed class AccountOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.Empty(Validate(new AccountOptions()));
    }

    [Fact]
    public void Validate_DurationsOutsideTheirBounds_NameTheSettingAndTheBounds()
    {
        var errors = Validate(new AccountOptions
        {
            LockoutDuration = TimeSpan.FromSeconds(30),
            StaffSessionAbsoluteTimeout = TimeSpan.FromHours(2),
        });

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("LockoutDuration must be between 00:01:00 and 1.00:00:00", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("StaffSessionAbsoluteTimeout must be between 00:05:00 and 01:00:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AtTheBounds_IsValid()
    {
        Assert.Empty(Validate(new AccountOptions
        {
            LockoutDuration = TimeSpan.FromMinutes(1),
            SessionAbsoluteTimeout = TimeSpan.FromDays(7),
        }));
    }

    // Hosts started side by side in one process validated these options at once; the framework's
    // time-span range converts its bounds on first use and threw an InvalidCastException then.
    [Fact]
    public void Validate_FromManyThreadsAtOnce_NeverThrows()
    {
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => Assert.Empty(Validate(new AccountOptions())));
    }

    private static List<string> Validate(AccountOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
