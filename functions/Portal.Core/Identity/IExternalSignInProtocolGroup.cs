namespace Portal.Core.Identity;

/// <summary>Sign-in protocols whose number follows configuration (a bank's entry for each configured bank), registered as one group.</summary>
public interface IExternalSignInProtocolGroup
{
    IReadOnlyList<IExternalSignInProtocol> Protocols { get; }
}
