namespace Portal.Functions.Access;

/// <summary>What an <see cref="OptionalSessionAttribute"/> function knows of the caller: the user, or null.</summary>
public sealed record OptionalUser(SignedIn? User);
