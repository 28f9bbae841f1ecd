using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Portal.Core;

/// <summary>
/// A time span between two bounds (constant format, "d.hh:mm:ss"). Used instead of
/// <c>[Range(typeof(TimeSpan), ...)]</c>, whose attribute converts its bounds on first use and
/// can fail when two hosts in one process validate options at the same moment.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) =>
        value is null || (value is TimeSpan span && span >= Minimum && span <= Maximum);

    public override string FormatErrorMessage(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} must be between {Minimum:c} and {Maximum:c}.");
}
