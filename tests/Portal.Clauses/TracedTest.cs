namespace Portal.Clauses;

/// <summary>A test that names clauses, and how it ended in this run ("passed", "failed", "not run").</summary>
internal sealed record TracedTest(string Suite, string Name, IReadOnlyList<string> Clauses, string Outcome);
