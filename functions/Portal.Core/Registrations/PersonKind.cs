namespace Portal.Core.Registrations;

public enum PersonKind
{
    Natural,
    Legal,
}
