namespace Portal.Core.BackOffice;

/// <summary>A record of the batch that passed validation: its place in the batch, the record as sent (its content hash is taken of that) and its checked values.</summary>
internal sealed record Fed<TRecord, TValid>(int Index, TRecord Record, TValid Valid);
