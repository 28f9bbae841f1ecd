namespace Portal.Functions.Staff;

public sealed record StaffClientResponse(StaffClientItem Client, IReadOnlyList<StaffRepresentativeItem> Representatives);
