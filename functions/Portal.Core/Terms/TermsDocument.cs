namespace Portal.Core.Terms;

/// <summary>A version together with its text.</summary>
public sealed record TermsDocument(TermsVersion Version, string Text);
