namespace Portal.Core.Privacy;

/// <summary>
/// What the retention timer deletes when a period ends: <see cref="Row"/> of <see cref="Partition"/> in <see cref="Table"/>, or with
/// <see cref="Row"/> null the whole partition, and <see cref="Blob"/> ("{container}/{name}") with it, if <see cref="Guard"/> still holds then.
/// </summary>
public sealed record RetentionTarget(string Table, string Partition, string? Row, string? Blob = null, RetentionGuard? Guard = null);
