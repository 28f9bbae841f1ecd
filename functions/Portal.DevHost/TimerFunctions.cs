namespace Portal.DevHost;

/// <summary>The timer functions of the loaded metadata.</summary>
public sealed record TimerFunctions(IReadOnlyList<FunctionTarget> Targets);
