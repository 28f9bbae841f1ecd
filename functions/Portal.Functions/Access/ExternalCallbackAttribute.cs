namespace Portal.Functions.Access;

/// <summary>
/// The signed answer of an outside party (an identity or payment provider) arriving through the
/// browser or server to server: no session is read and no anti-forgery token is asked for, so the
/// function must validate the answer's own signature or state before it trusts anything in it.
/// </summary>
public sealed class ExternalCallbackAttribute : AccessAttribute;
