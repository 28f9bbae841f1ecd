namespace Portal.Core.Staff;

/// <summary>Why ES ends a user's access (§21).</summary>
public static class TerminationReasons
{
    public const string ClientRequest = "client-request";
    public const string UserRequest = "user-request";
    public const string LegalBasisEnded = "legal-basis-ended";
    public const string UnauthorisedUseSuspected = "unauthorised-use-suspected";
    public const string TermsBreached = "terms-breached";

    public static IReadOnlyList<string> All { get; } = [ClientRequest, UserRequest, LegalBasisEnded, UnauthorisedUseSuspected, TermsBreached];

    /// <summary>What the user's email says, in their language.</summary>
    public static string Describe(string reason, string language) => (reason, language == "en") switch
    {
        (ClientRequest, false) => "pēc klienta pieprasījuma",
        (ClientRequest, true) => "at the client's request",
        (UserRequest, false) => "pēc jūsu pieprasījuma",
        (UserRequest, true) => "at your request",
        (LegalBasisEnded, false) => "ir zudis tiesiskais pamats",
        (LegalBasisEnded, true) => "the legal basis has ended",
        (UnauthorisedUseSuspected, false) => "ir pamatotas aizdomas par neatļautu lietošanu",
        (UnauthorisedUseSuspected, true) => "there is reasonable suspicion of unauthorised use",
        (TermsBreached, false) => "ir pārkāpti lietošanas noteikumi",
        (TermsBreached, true) => "the terms of use were broken",
        _ => reason,
    };
}
