namespace Portal.DevHost;

/// <summary>The queue-triggered functions of the loaded metadata, and the host.json settings they run under.</summary>
public sealed record QueueFunctions(IReadOnlyList<FunctionTarget> Targets, QueueSettings Settings);
