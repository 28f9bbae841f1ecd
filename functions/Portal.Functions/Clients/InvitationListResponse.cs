using Portal.Core.Clients;

namespace Portal.Functions.Clients;

public sealed record InvitationListResponse(IReadOnlyList<Invitation> Items, string? ContinuationToken);
