using System.Globalization;
using System.Text;
using Portal.Clauses;

// Traces the binding clauses of the terms (docs/clauses.tsv) to the tests that name them, from what
// this run's suites reported, into test-output/clauses.md. Exits 1 when a clause marked built has no
// test, or a test names a clause the list does not have: ./dev test counts that as a failed test.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var results = Path.Combine(root, "test-output", "results");
var clauses = Clause.Read(Path.Combine(root, "docs", "clauses.tsv"));

var tests = new List<TracedTest>();
foreach (var project in Directory.GetDirectories(Path.Combine(root, "tests")).Where(d => d.EndsWith("Tests", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
{
    var name = Path.GetFileName(project);
    var assembly = Path.Combine(project, "bin", "Debug", "net10.0", name + ".dll");
    if (File.Exists(assembly))
    {
        tests.AddRange(XunitTests.Read(assembly, Path.Combine(results, name + ".trx")));
    }
}

tests.AddRange(VitestTests.Read(Path.Combine(results, "vitest.json"), root));

var known = clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
var untested = clauses.Where(c => c.Built && !tests.Any(t => t.Clauses.Contains(c.Id))).ToList();
var unknown = tests.SelectMany(t => t.Clauses.Where(id => !known.Contains(id)).Select(id => $"{t.Name} names §{id}")).ToList();

var report = new StringBuilder();
report.AppendLine("# The terms' binding clauses and their tests")
    .AppendLine()
    .AppendLine("Written by `./dev test` from `docs/clauses.tsv` and this run's results. Built clauses must have a test.")
    .AppendLine()
    .AppendLine("| § | state | what the portal must do | tests |")
    .AppendLine("|---|---|---|---|");
foreach (var clause in clauses)
{
    var naming = tests.Where(t => t.Clauses.Contains(clause.Id)).ToList();
    var cell = naming.Count == 0
        ? (clause.Built ? "**none**" : "")
        : string.Join("<br>", naming.Select(t => $"{(t.Outcome == "passed" ? "✓" : t.Outcome == "failed" ? "✗" : "–")} `{t.Name}` ({t.Suite})"));
    report.AppendLine(CultureInfo.InvariantCulture, $"| {clause.Id} | {clause.State} | {clause.Duty} | {cell} |");
}

foreach (var problem in untested.Select(c => $"§{c.Id} is built but no test names it.").Concat(unknown.Select(u => $"{u}, which docs/clauses.tsv does not list.")))
{
    report.AppendLine().Append("- ").Append(problem);
}

var output = Path.Combine(root, "test-output", "clauses.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.WriteAllText(output, report.ToString());

var built = clauses.Count(c => c.Built);
Console.WriteLine($"Clauses: {built - untested.Count} of {built} built clauses have tests ({tests.Count} tests name clauses); {Path.GetRelativePath(root, output)}.");
foreach (var clause in untested)
{
    Console.WriteLine($"  §{clause.Id} is built but no test names it ({clause.Duty}).");
}

foreach (var line in unknown)
{
    Console.WriteLine($"  {line}, which docs/clauses.tsv does not list.");
}

return untested.Count == 0 && unknown.Count == 0 ? 0 : 1;
