namespace Portal.Functions.Staff;

public sealed record PublishTermsRequest(string? DocumentName, DateOnly? ApprovedOn, string? ValidityNote, string? Text);
