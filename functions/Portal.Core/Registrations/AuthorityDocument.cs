namespace Portal.Core.Registrations;

/// <summary>The authority document of a company's applicant: one PDF.</summary>
public sealed record AuthorityDocument(string FileName, byte[] Content);
