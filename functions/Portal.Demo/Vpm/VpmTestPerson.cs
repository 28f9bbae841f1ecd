namespace Portal.Demo.Vpm;

/// <summary>
/// A person the development stand-in of Latvija.lv can sign in as (<see cref="VpmTestPeople"/>): what its answer says of them.
/// </summary>
/// <param name="Key">The stable key tests, the stand-in's page and <c>./dev up</c> name the person by.</param>
/// <param name="GivenName">As VPM sends it (upper case, as the register's samples show).</param>
/// <param name="Surname">Likewise.</param>
/// <param name="NameIdentifier">The subject, e.g. <c>PK:32000000001</c> or <c>PK:…-UR:40003000001</c>.</param>
/// <param name="CurrentCode">The current personal code, 11 digits: the <c>privatepersonalidentifier</c> marked as the original.</param>
/// <param name="PreviousCodes">Earlier codes, 11 digits each: further <c>privatepersonalidentifier</c> values, unmarked.</param>
/// <param name="AuthenticationMethod">The authentication statement's method.</param>
/// <param name="QaaLevel">The <c>citizenQAALevel</c> attribute.</param>
/// <param name="Latvian">What the person is for, in Latvian (the stand-in's page).</param>
/// <param name="English">The same in English.</param>
public sealed record VpmTestPerson(
    string Key,
    string GivenName,
    string Surname,
    string NameIdentifier,
    string CurrentCode,
    IReadOnlyList<string> PreviousCodes,
    string AuthenticationMethod,
    string QaaLevel,
    string Latvian,
    string English);
