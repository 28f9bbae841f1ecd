namespace Portal.Functions.Contract;

public sealed record FunctionBinding(
    string Name,
    string Type,
    string Direction,
    IReadOnlyList<string>? Methods,
    string? Route,
    string? Schedule,
    bool? RunOnStartup,
    string? QueueName = null,
    string? Connection = null);
