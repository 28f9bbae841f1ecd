namespace Portal.Functions.Access;

/// <summary>The back office: a client-credentials bearer token with the app role BackOffice.Write; a browser session never counts.</summary>
public sealed class BackOfficeAttribute : AccessAttribute;
