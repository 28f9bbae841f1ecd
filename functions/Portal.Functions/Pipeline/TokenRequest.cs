namespace Portal.Functions.Pipeline;

/// <summary>The body of every call that carries only a one-time link's token (activation renewal, email confirmation, invitations).</summary>
public sealed record TokenRequest(string? Token);
