using System.Globalization;
using Portal.Demo.Vpm;

namespace Portal.Demo.BankLink;

/// <summary>
/// The people the development bank signs in: Latvija.lv's test people (<see cref="VpmTestPeople"/>), so the demo people enter from the
/// bank too. Their names alternate between the two ways banks write them; a signatory signs in as the person alone.
/// </summary>
public static class DevBankPeople
{
    public static IReadOnlyList<DevBankPerson> All { get; } =
        [.. VpmTestPeople.All.Select((person, index) => new DevBankPerson(
            person.Key,
            index % 2 == 0 ? $"{person.Surname},{person.GivenName}" : $"{Title(person.GivenName)} {Title(person.Surname)}",
            person.CurrentCode.StartsWith("32", StringComparison.Ordinal) ? person.CurrentCode : $"{person.CurrentCode[..6]}-{person.CurrentCode[6..]}",
            person.AuthenticationMethod switch
            {
                VpmTestPeople.EidCard => "1",
                VpmTestPeople.EParakstsMobile => "2",
                _ => "9",
            },
            person.English))];

    /// <summary>The person with this key; null for none.</summary>
    public static DevBankPerson? Find(string? key) => All.FirstOrDefault(person => person.Key == key);

    private static string Title(string name) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
}
