namespace Portal.Core.Terms;

/// <summary>Stored terms that contradict their own record: never served, always reported.</summary>
public sealed class TermsIntegrityException(string message) : Exception(message);
