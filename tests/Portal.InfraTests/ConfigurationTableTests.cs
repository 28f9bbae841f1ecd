using System.Reflection;
using System.Text.RegularExpressions;
using Portal.Core.Storage;
using Portal.Demo;
using Portal.DevHost;
using Portal.Functions.Pipeline;
using Portal.Testing;

namespace Portal.InfraTests;

/// <summary>The README's configuration table is the one list of settings: it names every setting the code reads, and no other.</summary>
public sealed partial class ConfigurationTableTests
{
    /// <summary>Bound by Microsoft.Identity.Web, not by an options class of ours.</summary>
    private static readonly string[] _identityWeb = ["AzureAd:Instance", "AzureAd:TenantId", "AzureAd:ClientId"];

    [Fact]
    public void TheReadme_NamesEverySettingTheCodeReads_AndNoOther()
    {
        var read = SettingsTheCodeReads();
        var listed = SettingsTheReadmeLists();

        Assert.True(read.Except(listed).ToList() is [], $"read but not in the README: {string.Join(", ", read.Except(listed))}");
        Assert.True(listed.Except(read).ToList() is [], $"in the README but read nowhere: {string.Join(", ", listed.Except(read))}");
    }

    /// <summary>Every bindable property of every options class (a type with a <c>Section</c> constant) in the portal's assemblies.</summary>
    private static HashSet<string> SettingsTheCodeReads()
    {
        var assemblies = new[] { typeof(StorageOptions), typeof(ForwardingOptions), typeof(DemoDataOptions), typeof(DevHostOptions) }.Select(t => t.Assembly).Distinct();
        var settings = new HashSet<string>(_identityWeb);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is not { IsLiteral: true } field)
            {
                continue;
            }

            var section = (string)field.GetRawConstantValue()!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var bindable = property.SetMethod is { IsPublic: true } || property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IList<>);
                if (bindable)
                {
                    settings.Add($"{section}:{property.Name}");
                }
            }
        }

        return settings;
    }

    /// <summary>The first cells of the table under "| setting | default |": `Section:Name`, and after it `Name`s of the same section.</summary>
    private static HashSet<string> SettingsTheReadmeLists()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        var start = Array.FindIndex(lines, line => line.StartsWith("| setting | default |", StringComparison.Ordinal));
        Assert.True(start >= 0, "the README has no configuration table");
        var settings = new HashSet<string>();
        foreach (var line in lines.Skip(start + 2).TakeWhile(line => line.StartsWith('|')))
        {
            var section = "";
            foreach (Match name in Backticked().Matches(line.Split('|')[1]))
            {
                var value = name.Groups[1].Value;
                if (value.Contains(':', StringComparison.Ordinal))
                {
                    section = value[..value.IndexOf(':', StringComparison.Ordinal)];
                    settings.Add(value);
                }
                else
                {
                    settings.Add($"{section}:{value}");
                }
            }
        }

        return settings;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
