namespace Portal.Core.Outcomes;

/// <summary>The value of a command that has nothing to give back but that it succeeded.</summary>
public sealed record Done
{
    public static readonly Done Instance = new();

    private Done()
    {
    }
}
