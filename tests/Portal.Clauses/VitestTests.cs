using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Clauses;

/// <summary>Vitest tests name clauses in their titles (<c>… §15.2</c>); the JSON reporter's file has their outcomes.</summary>
internal static partial class VitestTests
{
    public static IEnumerable<TracedTest> Read(string resultsPath, string root)
    {
        if (!File.Exists(resultsPath))
        {
            yield break;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(resultsPath));
        foreach (var file in json.RootElement.GetProperty("testResults").EnumerateArray())
        {
            var suite = Path.GetRelativePath(root, file.GetProperty("name").GetString() ?? "");
            foreach (var test in file.GetProperty("assertionResults").EnumerateArray())
            {
                var title = test.GetProperty("fullName").GetString() ?? "";
                var clauses = Tag().Matches(title).Select(match => match.Groups[1].Value).ToList();
                if (clauses.Count > 0)
                {
                    var status = test.GetProperty("status").GetString();
                    var outcome = status is "passed" or "failed" ? status : "not run";
                    yield return new TracedTest(suite, title, clauses, outcome);
                }
            }
        }
    }

    [GeneratedRegex(@"§(\d+(?:\.\d+)?)")]
    private static partial Regex Tag();
}
