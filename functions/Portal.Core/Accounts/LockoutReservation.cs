using Azure;

namespace Portal.Core.Accounts;

/// <summary>
/// An attempt counted on an email's lockout row (<see cref="LockoutStore.ReserveAsync"/>): the state it wrote and the row's ETag then, so
/// the attempt's end can change the row without reading it again; if anything changed it meanwhile, the end reads it after all.
/// </summary>
public sealed record LockoutReservation(string Email, LockoutState State, ETag? ETag);
