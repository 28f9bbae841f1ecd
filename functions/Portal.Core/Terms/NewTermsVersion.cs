namespace Portal.Core.Terms;

/// <summary>A new version of the terms as ES approved it.</summary>
public sealed record NewTermsVersion(string? DocumentName, DateOnly? ApprovedOn, string? ValidityNote, string? Text);
