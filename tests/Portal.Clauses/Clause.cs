namespace Portal.Clauses;

/// <summary>A binding clause of the terms as docs/clauses.tsv lists it.</summary>
internal sealed record Clause(string Id, string State, string Duty)
{
    public bool Built => State == "built";

    public static IReadOnlyList<Clause> Read(string path) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => fields.Length == 3 && fields[1] is "built" or "planned"
                ? new Clause(fields[0], fields[1], fields[2])
                : throw new FormatException($"{path}: '{string.Join("\\t", fields)}' is not clause<TAB>built|planned<TAB>duty."))];
}
