namespace Portal.Functions.Access;

/// <summary>Anyone: public reads, sign-in, registration, the one-time links. State changes still need the anti-forgery token.</summary>
public sealed class AnonymousAttribute : AccessAttribute;
