using System.Globalization;
using System.Text;

namespace Portal.Core.BackOffice;

/// <summary>What one generator call produced, each list in the order it can be fed (clients first).</summary>
public sealed record FeedSet(
    IReadOnlyList<ClientRecord> Clients,
    IReadOnlyList<BillingAccountRecord> BillingAccounts,
    IReadOnlyList<PermitRecord> Permits,
    IReadOnlyList<InvoiceRecord> Invoices,
    IReadOnlyList<PaymentRecord> Payments);

/// <summary>
/// Realistic back-office feed data made up from a seed: Latvian persons and companies with their billing accounts,
/// permits (stations and frequencies fitting each service) and three years of invoices and payments. The same seed
/// and day give the same records; external ids start with GEN{seed}- (GEN{seed}-BIG- for the large client), so
/// they meet neither each other nor the fixed demo clients.
/// </summary>
public static class FeedGenerator
{
    /// <summary>
    /// A small, varied set: <paramref name="persons"/> natural persons and <paramref name="companies"/> legal persons,
    /// each with permits and three years of invoices and payments up to <paramref name="today"/>. With at least four
    /// companies every billing arrangement and every service kind occurs; one client is overdue and one in credit.
    /// </summary>
    public static FeedSet Demo(int seed, DateOnly today, int persons = 8, int companies = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        ArgumentOutOfRangeException.ThrowIfNegative(companies);
        var builder = new Builder(seed, today, $"GEN{Text(seed)}-", firstAccountNumber: 1_000, firstPermitNumber: 1_000);
        return builder.Demo(persons, companies);
    }

    /// <summary>
    /// One large company with exactly <paramref name="invoices"/> invoices (credit notes and cancellations among them)
    /// issued evenly over three years up to <paramref name="today"/> on about forty billing accounts, payments for
    /// about 95% of them, and a few hundred permits of all seven service kinds.
    /// </summary>
    public static FeedSet LargeClient(int seed, DateOnly today, int invoices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(invoices);
        var builder = new Builder(seed, today, $"GEN{Text(seed)}-BIG-", firstAccountNumber: 5_000_000, firstPermitNumber: 50_000);
        return builder.Large(seed, invoices);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Town(string Name, string Genitive, string[] PostalCodes, string[] Streets, decimal Latitude, decimal Longitude);

    private sealed record Site(string Name, string Genitive, decimal Latitude, decimal Longitude, Town? Town);

    private sealed record Region(string Genitive, string[] Towns);

    private sealed record Line(string Noun, string[] Services);

    private sealed record Account(string Id, string Name, string Arrangement, DateOnly? ClosedOn);

    private sealed record Channel(decimal FrequencyMHz, decimal BandwidthKHz, string Emission);

    private sealed record Band(decimal LowStart, int Channels, decimal ShiftMHz);

    private static readonly Town[] _towns =
    [
        new("Rīga", "Rīgas", ["LV-1010", "LV-1011", "LV-1050", "LV-1039", "LV-1013", "LV-1073", "LV-1009"], ["Brīvības iela", "Krišjāņa Valdemāra iela", "Elizabetes iela", "Tērbatas iela", "Lāčplēša iela", "Dzirnavu iela", "Maskavas iela", "Krišjāņa Barona iela", "Ieriķu iela", "Krasta iela"], 56.949600m, 24.105200m),
        new("Liepāja", "Liepājas", ["LV-3401", "LV-3405", "LV-3407", "LV-3414"], ["Lielā iela", "Graudu iela", "Kuršu iela", "Zivju iela", "Ganību iela"], 56.504700m, 21.010800m),
        new("Ventspils", "Ventspils", ["LV-3601", "LV-3602", "LV-3604"], ["Ostas iela", "Kuldīgas iela", "Talsu iela", "Lielā iela"], 57.389400m, 21.560600m),
        new("Daugavpils", "Daugavpils", ["LV-5401", "LV-5403", "LV-5404", "LV-5417"], ["Rīgas iela", "Saules iela", "Cietokšņa iela", "18. novembra iela"], 55.874700m, 26.536200m),
        new("Jelgava", "Jelgavas", ["LV-3001", "LV-3002", "LV-3007"], ["Lielā iela", "Katoļu iela", "Akadēmijas iela", "Pasta iela"], 56.651100m, 23.721400m),
        new("Valmiera", "Valmieras", ["LV-4201", "LV-4202"], ["Rīgas iela", "Beātes iela", "Stacijas iela", "Cēsu iela"], 57.538500m, 25.426400m),
        new("Rēzekne", "Rēzeknes", ["LV-4601", "LV-4604"], ["Atbrīvošanas aleja", "Latgales iela", "Dārzu iela"], 56.509900m, 27.333100m),
        new("Cēsis", "Cēsu", ["LV-4101"], ["Raunas iela", "Rīgas iela", "Vaļņu iela", "Lenču iela"], 57.311900m, 25.270600m),
        new("Jūrmala", "Jūrmalas", ["LV-2015", "LV-2010", "LV-2008"], ["Jomas iela", "Dubultu prospekts", "Kauguru iela"], 56.968000m, 23.770400m),
        new("Kuldīga", "Kuldīgas", ["LV-3301"], ["Baznīcas iela", "Liepājas iela", "Pilsētas laukums"], 56.967700m, 21.961700m),
        new("Sigulda", "Siguldas", ["LV-2150"], ["Pils iela", "Ausekļa iela", "Gaujas iela"], 57.153700m, 24.859700m),
        new("Ogre", "Ogres", ["LV-5001"], ["Brīvības iela", "Mālkalnes prospekts", "Skolas iela"], 56.816200m, 24.614000m),
    ];

    private static readonly Site[] _sites =
    [
        .. _towns.Select(town => new Site(town.Name, town.Genitive, town.Latitude, town.Longitude, town)),
        new("Tukums", "Tukuma", 56.966900m, 23.155300m, null),
        new("Saldus", "Saldus", 56.663600m, 22.488100m, null),
        new("Talsi", "Talsu", 57.244700m, 22.588900m, null),
        new("Aizkraukle", "Aizkraukles", 56.604700m, 25.255300m, null),
        new("Jēkabpils", "Jēkabpils", 56.499000m, 25.857400m, null),
        new("Madona", "Madonas", 56.853600m, 26.216900m, null),
        new("Gulbene", "Gulbenes", 57.177200m, 26.752800m, null),
        new("Alūksne", "Alūksnes", 57.424400m, 27.047800m, null),
        new("Ludza", "Ludzas", 56.546100m, 27.718900m, null),
        new("Krāslava", "Krāslavas", 55.895000m, 27.168100m, null),
        new("Bauska", "Bauskas", 56.407900m, 24.194400m, null),
        new("Dobele", "Dobeles", 56.625800m, 23.278600m, null),
        new("Limbaži", "Limbažu", 57.513300m, 24.713600m, null),
        new("Smiltene", "Smiltenes", 57.424400m, 25.901700m, null),
        new("Preiļi", "Preiļu", 56.294200m, 26.724700m, null),
        new("Baldone", "Baldones", 56.742500m, 24.400000m, null),
        new("Kandava", "Kandavas", 57.034200m, 22.778100m, null),
        new("Olaine", "Olaines", 56.785000m, 23.938100m, null),
        new("Salaspils", "Salaspils", 56.861400m, 24.349700m, null),
        new("Ādaži", "Ādažu", 57.075000m, 24.323600m, null),
    ];

    private static readonly Region[] _regions =
    [
        new("Baltijas", ["Rīga"]), new("Kurzemes", ["Liepāja", "Ventspils", "Kuldīga"]), new("Latgales", ["Daugavpils", "Rēzekne"]),
        new("Vidzemes", ["Valmiera", "Cēsis", "Sigulda"]), new("Zemgales", ["Jelgava"]), new("Rīgas", ["Rīga"]),
        new("Daugavas", ["Ogre", "Daugavpils", "Rīga"]), new("Ziemeļu", ["Rīga", "Valmiera"]), new("Jūras", ["Jūrmala", "Liepāja", "Ventspils"]),
        new("Gaujas", ["Sigulda", "Cēsis", "Valmiera"]),
    ];

    private static readonly Line[] _lines =
    [
        new("Sakari", ["fixed-links", "land-mobile", "satellite-earth-stations"]),
        new("Radio", ["broadcasting", "fixed-links"]),
        new("Taksometri", ["land-mobile"]),
        new("Mežs", ["land-mobile", "aeronautical"]),
        new("Kuģniecība", ["maritime", "land-mobile"]),
        new("Satelīts", ["satellite-earth-stations", "fixed-links"]),
        new("Aviācija", ["aeronautical", "land-mobile"]),
        new("Tīkli", ["fixed-links", "land-mobile"]),
        new("Apsardze", ["land-mobile"]),
        new("Zvejnieks", ["maritime"]),
        new("Televīzija", ["broadcasting", "satellite-earth-stations", "fixed-links"]),
        new("Loģistika", ["land-mobile", "maritime"]),
    ];

    private static readonly (string Name, string Town)[] _ports =
        [("Jūrmalas ostas pārvalde", "Jūrmala"), ("Ventspils brīvostas pārvalde", "Ventspils"), ("Rīgas brīvostas pārvalde", "Rīga"), ("Liepājas ostas pārvalde", "Liepāja")];

    private static readonly string[] _municipalities = ["Valmiera", "Cēsis", "Ogre", "Sigulda", "Kuldīga", "Jelgava", "Rēzekne"];

    private static readonly string[] _maleNames =
        ["Jānis", "Andris", "Mārtiņš", "Edgars", "Pēteris", "Kārlis", "Juris", "Aivars", "Raimonds", "Guntis", "Valdis", "Artūrs", "Roberts", "Dainis", "Ēriks", "Oskars", "Uldis", "Gatis", "Reinis", "Toms"];

    private static readonly string[] _femaleNames =
        ["Līga", "Inese", "Ilze", "Kristīne", "Anna", "Dace", "Sandra", "Baiba", "Zane", "Evija", "Laura", "Ieva", "Inga", "Agnese", "Māra", "Gunta", "Rūta", "Elīna", "Santa", "Dzintra"];

    private static readonly (string Masculine, string Feminine)[] _surnames =
    [
        ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Bērziņš", "Bērziņa"), ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"),
        ("Jansons", "Jansone"), ("Kļaviņš", "Kļaviņa"), ("Zariņš", "Zariņa"), ("Pētersons", "Pētersone"), ("Vītols", "Vītola"),
        ("Balodis", "Balode"), ("Eglītis", "Eglīte"), ("Lapiņš", "Lapiņa"), ("Sproģis", "Sproģe"), ("Zvirbulis", "Zvirbule"),
        ("Celmiņš", "Celmiņa"), ("Grīnbergs", "Grīnberga"), ("Siliņš", "Siliņa"), ("Ābols", "Ābola"), ("Strautiņš", "Strautiņa"),
        ("Rozenbergs", "Rozenberga"), ("Krastiņš", "Krastiņa"),
    ];

    private static readonly string[] _personDomains = ["example.lv", "pasts.example.lv", "inbox.example.lv"];

    private static readonly string[] _vessels = ["Gauja", "Venta", "Lielupe", "Irbe", "Kolka", "Daugava", "Abava", "Salaca", "Bērzaune", "Rīdzene", "Ogre", "Amata"];

    private static readonly string[] _aircraft = ["Cessna 172", "Piper PA-28", "Robinson R44", "Aeroprakt A-22", "Diamond DA40"];

    private static readonly Channel[] _amateurChannels =
    [
        new(3.650m, 2.7m, "2K70J3E"), new(7.020m, 0.1m, "100HA1A"), new(7.100m, 2.7m, "2K70J3E"), new(14.050m, 0.1m, "100HA1A"),
        new(14.200m, 2.7m, "2K70J3E"), new(144.300m, 2.7m, "2K70J3E"), new(145.500m, 16m, "16K0F3E"), new(432.200m, 2.7m, "2K70J3E"),
        new(433.500m, 11m, "11K0F3E"),
    ];

    private static readonly decimal[] _aeronauticalMHz = [118.100m, 119.200m, 120.700m, 122.200m, 122.700m, 123.500m, 124.975m, 127.750m, 131.525m];

    private static readonly Channel[] _landMobileEmissions = [new(0, 7.6m, "7K60FXE"), new(0, 11m, "11K0F3E"), new(0, 16m, "16K0F3E"), new(0, 8.5m, "8K50F3E"), new(0, 12.5m, "12K5F3E")];

    private static readonly Channel[] _fixedLinkEmissions = [new(0, 7_000m, "7M00G7W"), new(0, 14_000m, "14M0G7W"), new(0, 28_000m, "28M0G7W"), new(0, 56_000m, "56M0D7W")];

    private static readonly Channel[] _satelliteEmissions = [new(0, 2_000m, "2M00G7W"), new(0, 8_000m, "8M00G7W"), new(0, 36_000m, "36M0G7W")];

    // Lower edge, channels of 3.5 MHz and the duplex shift: 7, 13, 15, 18, 23 and 38 GHz.
    private static readonly Band[] _fixedLinkBands =
        [new(7_128m, 36, 161m), new(12_751m, 66, 266m), new(14_501m, 96, 420m), new(17_700m, 280, 1_010m), new(22_000m, 170, 1_008m), new(37_058m, 320, 1_260m)];

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ā' => 'a', 'č' => 'c', 'ē' => 'e', 'ģ' => 'g', 'ī' => 'i', 'ķ' => 'k', 'ļ' => 'l',
                'ņ' => 'n', 'ō' => 'o', 'ŗ' => 'r', 'š' => 's', 'ū' => 'u', 'ž' => 'z', _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Lower-case ascii letters and digits, words joined by hyphens: for mail domains.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Ascii(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static Town TownNamed(string name) => _towns.First(town => town.Name == name);

    private static string Municipality(Town town) => $"{town.Genitive} novada pašvaldība";

    private static string Club(Town town) => $"Biedrība “{town.Genitive} radioamatieru klubs”";

    private static double DistanceKm((decimal Lat, decimal Lon) from, (decimal Lat, decimal Lon) to)
    {
        var north = (double)(to.Lat - from.Lat) * 111.32;
        var east = (double)(to.Lon - from.Lon) * 111.32 * Math.Cos((double)from.Lat * Math.PI / 180);
        return Math.Sqrt((north * north) + (east * east));
    }

    private static decimal Bearing((decimal Lat, decimal Lon) from, (decimal Lat, decimal Lon) to)
    {
        var north = (double)(to.Lat - from.Lat);
        var east = (double)(to.Lon - from.Lon) * Math.Cos((double)from.Lat * Math.PI / 180);
        var degrees = ((Math.Atan2(east, north) * 180 / Math.PI) + 360) % 360;
        var rounded = Math.Round((decimal)degrees, 1);
        return rounded >= 360 ? 0 : rounded;
    }

    /// <summary>A client while it is being made up: its services and arrangement may still change.</summary>
    private sealed class Holder
    {
        public required string Id { get; init; }

        public required bool Legal { get; init; }

        public required string Name { get; init; }

        public string? PersonalCode { get; init; }

        public string? RegistrationNumber { get; init; }

        public required string Address { get; init; }

        public required string Email { get; init; }

        public required string Phone { get; init; }

        public required Town Town { get; init; }

        public required string Domain { get; init; }

        public string Arrangement { get; set; } = "monthly-invoice";

        public List<string> Services { get; } = [];

        public List<Account> Accounts { get; } = [];

        public ClientRecord ToRecord() => new(
            Id, 1, Legal ? "legal" : "natural", Name, PersonalCode, RegistrationNumber, Address, Email, Phone, Arrangement,
            [.. ServiceKinds.All.Where(Services.Contains)]);
    }

    /// <summary>An invoice or credit note before it gets its number; Due is what is left to pay after credit notes.</summary>
    private sealed class Draft
    {
        public required Holder Holder { get; init; }

        public string? AccountId { get; init; }

        public required string Kind { get; init; }

        public required DateOnly IssuedOn { get; init; }

        public DateOnly? DueOn { get; init; }

        public required long Cents { get; init; }

        public bool Cancelled { get; set; }

        public long Due { get; set; }
    }

    private sealed class Builder(int seed, DateOnly today, string prefix, int firstAccountNumber, int firstPermitNumber)
    {
        private readonly Random _random = new(seed);
        private readonly DateOnly _today = today;
        private readonly DateOnly _from = today.AddYears(-3);
        private readonly string _prefix = prefix;
        private readonly HashSet<string> _identities = ["32000000001", "40003000001"];
        private readonly HashSet<string> _callSigns = [];
        private readonly HashSet<string> _emails = [];
        private readonly HashSet<string> _domains = [];
        private readonly HashSet<string> _names = [];
        private readonly List<Holder> _holders = [];
        private readonly List<PermitRecord> _permits = [];
        private readonly List<BillingAccountRecord> _accounts = [];
        private int _nextAccountNumber = firstAccountNumber;
        private int _nextPermitNumber = firstPermitNumber;

        public FeedSet Demo(int persons, int companies)
        {
            for (var i = 0; i < persons; i++)
            {
                AddPerson(forceAmateur: i == 0);
            }

            var arrangements = BillingArrangements.All.ToArray();
            _random.Shuffle(arrangements);
            for (var i = 0; i < companies; i++)
            {
                AddCompany(i).Arrangement = i < arrangements.Length ? arrangements[i] : Pick(BillingArrangements.All);
            }

            // Every service kind somewhere: what no one has goes to the company with the fewest.
            foreach (var kind in ServiceKinds.All.Where(kind => !_holders.Any(holder => holder.Services.Contains(kind))))
            {
                _holders.Where(holder => holder.Legal && holder.Services.Count < 4).OrderBy(holder => holder.Services.Count).FirstOrDefault()?.Services.Add(kind);
            }

            foreach (var holder in _holders.Where(holder => holder.Legal))
            {
                AddAccounts(holder, Between(1, 3));
            }

            foreach (var holder in _holders)
            {
                foreach (var kind in ServiceKinds.All.Where(holder.Services.Contains))
                {
                    for (var count = holder.Legal ? Between(1, 2) : 1; count > 0; count--)
                    {
                        AddPermit(holder, kind, !holder.Legal || Chance(80) ? holder.Town : Pick(_towns), large: false);
                    }
                }
            }

            var drafts = new List<Draft>();
            foreach (var holder in _holders)
            {
                if (holder.Legal)
                {
                    foreach (var account in holder.Accounts)
                    {
                        AddStream(drafts, holder, account.Id, account.Arrangement, Between(40_00, 1_500_00), account.ClosedOn);
                    }
                }
                else
                {
                    var monthly = holder.Services.Sum(kind => kind == "amateur" ? Between(1_50, 3_50) : Between(2_00, 8_00));
                    AddStream(drafts, holder, null, holder.Arrangement, monthly, null);
                }
            }

            EnsureCreditNoteAndCancellation(drafts);
            drafts = [.. drafts.OrderBy(draft => draft.IssuedOn)];
            var invoices = Number(drafts);
            var payments = Pay(drafts);
            return new FeedSet([.. _holders.Select(holder => holder.ToRecord())], _accounts, _permits, invoices, payments);
        }

        public FeedSet Large(int seed, int count)
        {
            var riga = TownNamed("Rīga");
            var holder = new Holder
            {
                Id = $"{_prefix}C-0001",
                Legal = true,
                Name = "AS “Baltijas Sakaru Tīkli”",
                RegistrationNumber = $"40103{((seed % 1_000_000) + 1_000_000) % 1_000_000:D6}",
                Address = $"Krasta iela {Between(40, 90)}, Rīga, LV-1019",
                Email = "birojs@baltijas-sakaru-tikli.example.lv",
                Phone = $"+371 67{Between(0, 999_999):D6}",
                Town = riga,
                Domain = "baltijas-sakaru-tikli.example.lv",
                Arrangement = "e-invoice",
            };
            holder.Services.AddRange(ServiceKinds.All);
            _holders.Add(holder);
            AddAccounts(holder, Between(38, 42));

            // A few hundred permits: one of each kind, the rest weighted as a national operator's would be.
            string[] weighted = [.. Repeat("land-mobile", 30), .. Repeat("fixed-links", 40), .. Repeat("broadcasting", 10), .. Repeat("satellite-earth-stations", 5), .. Repeat("maritime", 8), .. Repeat("aeronautical", 5), .. Repeat("amateur", 2)];
            var permits = Between(260, 340);
            for (var i = 0; i < permits; i++)
            {
                AddPermit(holder, i < ServiceKinds.All.Count ? ServiceKinds.All[i] : Pick(weighted), Chance(40) ? riga : Pick(_towns), large: true);
            }

            var accounts = holder.Accounts;
            var open = accounts.Select((account, index) => (account, index)).Where(pair => pair.account.ClosedOn is null).Select(pair => pair.index).ToArray();
            var lastOfAccount = Enumerable.Repeat(-1, accounts.Count).ToArray();
            var due = new long[count];
            var invoices = new List<InvoiceRecord>(count);
            var start = _today.AddYears(-3).AddDays(1);
            var days = _today.DayNumber - start.DayNumber + 1;
            var (year, sequence) = (0, 0);
            for (var i = 0; i < count; i++)
            {
                var issuedOn = start.AddDays((int)((long)i * days / count));
                var accountIndex = Between(0, accounts.Count - 1);
                if (accounts[accountIndex].ClosedOn is { } closedOn && closedOn < issuedOn)
                {
                    accountIndex = open[Between(0, open.Length - 1)];
                }

                (year, sequence) = issuedOn.Year == year ? (year, sequence + 1) : (issuedOn.Year, 1);
                var id = $"{_prefix}INV-{i + 1:D6}";
                var number = $"ES-LK-{year}-{sequence:D6}";
                var account = accounts[accountIndex].Id;
                var last = lastOfAccount[accountIndex];
                if (last >= 0 && due[last] > 10_00 && _random.Next(1000) < 25)
                {
                    var credit = Math.Max(1, due[last] * Between(5, 50) / 100);
                    due[last] -= credit;
                    invoices.Add(new InvoiceRecord(id, 1, holder.Id, number, "credit-note", issuedOn, null, credit / 100m, "issued", account));
                    continue;
                }

                var cents = (long)Between(20_00, 600_00) * (Chance(15) ? 10 : 1);
                var cancelled = _random.Next(1000) < 10;
                invoices.Add(new InvoiceRecord(id, 1, holder.Id, number, "invoice", issuedOn, issuedOn.AddDays(Pick([14, 20, 30])), cents / 100m, cancelled ? "cancelled" : "issued", account));
                if (!cancelled)
                {
                    due[i] = cents;
                    lastOfAccount[accountIndex] = i;
                }
            }

            var received = new List<(DateOnly On, long Cents)>(count);
            for (var i = 0; i < count; i++)
            {
                if (due[i] > 0 && PaidOn(invoices[i].IssuedOn!.Value, invoices[i].DueOn!.Value, advance: false) is { } on)
                {
                    received.Add((on, due[i]));
                }
            }

            var payments = received.OrderBy(payment => payment.On)
                .Select((payment, index) => new PaymentRecord($"{_prefix}PAY-{index + 1:D6}", 1, holder.Id, payment.On, payment.Cents / 100m))
                .ToList();
            return new FeedSet([holder.ToRecord()], _accounts, _permits, invoices, payments);
        }

        private static IEnumerable<string> Repeat(string kind, int times) => Enumerable.Repeat(kind, times);

        private int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

        private bool Chance(int percent) => _random.Next(100) < percent;

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private decimal Tenths(int min, int max) => Between(min, max) / 10m;

        private string Unique(HashSet<string> taken, Func<string> make)
        {
            while (true)
            {
                var value = make();
                if (taken.Add(value))
                {
                    return value;
                }
            }
        }

        private string Letters(int count)
        {
            var letters = new char[count];
            for (var i = 0; i < count; i++)
            {
                letters[i] = (char)('A' + _random.Next(26));
            }

            return new string(letters);
        }

        private (decimal Lat, decimal Lon) Near(decimal latitude, decimal longitude, int microDegrees) =>
            (Math.Clamp(latitude + (Between(-microDegrees, microDegrees) / 1_000_000m), 55.680000m, 58.070000m),
             Math.Clamp(longitude + (Between(-microDegrees, microDegrees) / 1_000_000m), 20.980000m, 28.230000m));

        private string Email(string localPart, string domain)
        {
            var email = $"{localPart}@{domain}";
            for (var n = 2; !_emails.Add(email); n++)
            {
                email = $"{localPart}{n}@{domain}";
            }

            return email;
        }

        private string PersonalCode()
        {
            while (true)
            {
                string digits;
                if (Chance(50))
                {
                    digits = $"32{_random.Next(1_000_000_000):D9}";
                }
                else
                {
                    var born = new DateOnly(1950, 1, 1).AddDays(Between(0, (50 * 365) + 12));
                    var body = string.Create(CultureInfo.InvariantCulture, $"{born:ddMMyy}{(born.Year < 2000 ? 1 : 2)}{Between(0, 999):D3}");
                    int[] weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
                    var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
                    var check = (1101 - sum) % 11;
                    if (check == 10)
                    {
                        continue;
                    }

                    digits = $"{body}{check}";
                }

                if (_identities.Add(digits))
                {
                    return $"{digits[..6]}-{digits[6..]}";
                }
            }
        }

        private void AddPerson(bool forceAmateur)
        {
            var female = Chance(50);
            var first = Pick(female ? _femaleNames : _maleNames);
            var (masculine, feminine) = Pick(_surnames);
            var last = female ? feminine : masculine;
            var town = Pick(_towns);
            var holder = new Holder
            {
                Id = $"{_prefix}C-{_holders.Count + 1:D4}",
                Legal = false,
                Name = $"{first} {last}",
                PersonalCode = PersonalCode(),
                Address = $"{Pick(town.Streets)} {Between(1, 120)}-{Between(1, 60)}, {town.Name}, {Pick(town.PostalCodes)}",
                Email = Email($"{Ascii(first)}.{Ascii(last)}", Pick(_personDomains)),
                Phone = $"+371 2{Between(0, 9_999_999):D7}",
                Town = town,
                Domain = "",
            };
            var roll = forceAmateur ? 0 : Between(1, 100);
            holder.Services.AddRange(roll switch
            {
                <= 60 => ["amateur"],
                <= 70 => ["amateur", "maritime"],
                <= 82 => ["maritime"],
                <= 94 => ["aeronautical"],
                _ => ["land-mobile"],
            });
            holder.Arrangement = Between(1, 100) switch { <= 55 => "advance-payment", <= 92 => "monthly-invoice", <= 97 => "e-invoice", _ => "quarterly-invoice" };
            _holders.Add(holder);
        }

        private Holder AddCompany(int index)
        {
            // Mostly commercial companies; of every six, the fifth a public body and the sixth an association of radio amateurs.
            string name, registration, domainBase;
            Town town;
            List<string> services;
            var freePorts = _ports.Where(port => !_names.Contains(port.Name)).ToArray();
            var freeMunicipalities = _municipalities.Select(TownNamed).Where(t => !_names.Contains(Municipality(t))).ToArray();
            var freeClubs = _towns.Where(t => !_names.Contains(Club(t))).ToArray();
            if (index % 6 == 4 && freePorts.Length + freeMunicipalities.Length > 0)
            {
                if (freePorts.Length > 0 && (freeMunicipalities.Length == 0 || Chance(50)))
                {
                    var port = Pick(freePorts);
                    (name, town, services) = (port.Name, TownNamed(port.Town), ["maritime", .. Chance(60) ? new[] { "land-mobile" } : []]);
                }
                else
                {
                    town = Pick(freeMunicipalities);
                    (name, services) = (Municipality(town), ["land-mobile", .. Chance(50) ? new[] { "fixed-links" } : []]);
                }

                registration = $"90000{Between(0, 999_999):D6}";
                domainBase = name;
            }
            else if (index % 6 == 5 && freeClubs.Length > 0)
            {
                town = Pick(freeClubs);
                name = Club(town);
                services = ["amateur", .. Chance(20) ? new[] { "land-mobile" } : []];
                registration = $"40008{Between(0, 999_999):D6}";
                domainBase = $"{town.Genitive} radioamatieri";
            }
            else
            {
                var (region, line, form) = (Pick(_regions), Pick(_lines), Chance(80) ? "SIA" : "AS");
                for (var attempt = 0; attempt < 50 && _names.Contains($"{form} “{region.Genitive} {line.Noun}”"); attempt++)
                {
                    (region, line) = (Pick(_regions), Pick(_lines));
                }

                var distinctive = $"{region.Genitive} {line.Noun}";
                for (var n = 2; _names.Contains($"{form} “{distinctive}”"); n++)
                {
                    distinctive = $"{region.Genitive} {line.Noun} {n}";
                }

                name = $"{form} “{distinctive}”";
                town = TownNamed(Pick(region.Towns));
                services = [line.Services[0], .. line.Services.Skip(1).Where(_ => Chance(60))];
                if (Chance(15))
                {
                    services.Add(Pick(ServiceKinds.All));
                }

                registration = $"40003{Between(0, 999_999):D6}";
                domainBase = distinctive;
            }

            _names.Add(name);
            var baseDomain = Slug(domainBase);
            var domain = $"{baseDomain}.example.lv";
            for (var n = 2; !_domains.Add(domain); n++)
            {
                domain = $"{baseDomain}{n}.example.lv";
            }

            while (!_identities.Add(registration))
            {
                registration = $"{registration[..5]}{Between(0, 999_999):D6}";
            }

            var holder = new Holder
            {
                Id = $"{_prefix}C-{_holders.Count + 1:D4}",
                Legal = true,
                Name = name,
                RegistrationNumber = registration,
                Address = $"{Pick(town.Streets)} {Between(1, 150)}, {town.Name}, {Pick(town.PostalCodes)}",
                Email = Email(Pick(["birojs", "info", "pasts"]), domain),
                Phone = $"+371 6{Between(0, 9_999_999):D7}",
                Town = town,
                Domain = domain,
            };
            holder.Services.AddRange(services.Distinct().Take(4));
            _holders.Add(holder);
            return holder;
        }

        private void AddAccounts(Holder holder, int count)
        {
            var names = new List<string>();
            names.Add("Centrālais birojs");
            names.AddRange(new (string Service, string Name)[]
            {
                ("maritime", "Flote"), ("aeronautical", "Aviācijas nodaļa"), ("broadcasting", "Apraides tīkls"),
                ("satellite-earth-stations", "Satelītu centrs"), ("land-mobile", "Mobilo sakaru tīkls"), ("fixed-links", "Transporta tīkls"),
                ("amateur", "Radioamatieru klubs"),
            }.Where(pair => holder.Services.Contains(pair.Service)).Select(pair => pair.Name));
            names.AddRange(_towns.Where(town => town != holder.Town).SelectMany(town => new[] { $"{town.Genitive} filiāle", $"{town.Genitive} reģionālais tīkls" }));
            names.AddRange(_sites.Where(site => site.Town is null).Select(site => $"{site.Genitive} mezgls"));
            var chosen = count >= names.Count ? names : [names[0], .. names.Skip(1).OrderBy(_ => _random.Next()).Take(count - 1)];
            foreach (var (name, index) in chosen.Select((name, index) => (name, index)))
            {
                var arrangement = index == 0 || Chance(75) ? holder.Arrangement : Pick(BillingArrangements.All);
                var closed = index > 0 && Chance(12);
                DateOnly? closedOn = closed ? _from.AddDays(Between(180, Math.Max(181, _today.DayNumber - _from.DayNumber - 60))) : null;
                var account = new Account($"{_prefix}BA-{_accounts.Count + 1:D4}", name, arrangement, closedOn);
                holder.Accounts.Add(account);
                var local = index == 0 ? "rekini" : $"rekini.{Slug(name)}";
                _accounts.Add(new BillingAccountRecord(
                    account.Id, 1, holder.Id, $"NK-{_nextAccountNumber:D7}", name, arrangement, Chance(80) ? Email(local, holder.Domain) : null, closed ? "closed" : "open"));
                _nextAccountNumber += Between(1, 40);
            }
        }

        private void AddPermit(Holder holder, string kind, Town town, bool large)
        {
            var years = Between(1, 5);
            var status = Between(1, 100) switch { <= 80 => "valid", <= 88 => "expired", <= 94 => "suspended", _ => "cancelled" };
            DateOnly validFrom;
            DateOnly? validTo;
            if (status == "expired")
            {
                validFrom = _today.AddDays(-Between((years * 366) + 5, (years * 366) + 900));
                validTo = validFrom.AddYears(years).AddDays(-1);
            }
            else
            {
                validFrom = _today.AddDays(-Between(10, (years * 365) - 30));
                validTo = kind is "amateur" && Chance(30) ? null : validFrom.AddYears(years).AddDays(-1);
            }

            var (callSign, stations) = kind switch
            {
                "amateur" => Amateur(holder, town),
                "maritime" => Maritime(holder, town),
                "aeronautical" => Aeronautical(holder, town),
                "land-mobile" => LandMobile(town, large),
                "fixed-links" => FixedLink(town),
                "broadcasting" => Broadcasting(town),
                _ => SatelliteEarthStation(town),
            };
            _permits.Add(new PermitRecord(
                $"{_prefix}P-{_permits.Count + 1:D5}", 1, holder.Id, $"AT-{validFrom.Year}-{_nextPermitNumber:D5}", kind, status, validFrom, validTo, callSign, stations));
            _nextPermitNumber += Between(1, 30);
        }

        private (string?, List<StationRecord>) Amateur(Holder holder, Town town)
        {
            var callSign = Unique(_callSigns, () => $"YL{Between(1, 3)}{Letters(holder.Legal ? 2 : Between(2, 3))}");
            var (lat, lon) = Near(town.Latitude, town.Longitude, 20_000);
            var channels = _amateurChannels.OrderBy(_ => _random.Next()).Take(Between(1, 4)).OrderBy(channel => channel.FrequencyMHz);
            var frequencies = channels.Select(c => new FrequencyRecord(c.FrequencyMHz, c.BandwidthKHz, c.Emission, c.FrequencyMHz < 30 ? Between(1, 4) * 100m : 50m, "txrx")).ToList();
            List<StationRecord> stations =
            [
                new(holder.Legal ? "Kluba stacija" : "Stacionārā stacija", holder.Legal ? $"{Pick(town.Streets)} {Between(1, 90)}, {town.Name}" : holder.Address,
                    lat, lon, Tenths(60, 300), Tenths(0, 130), null, Chance(50) ? "horizontal" : "vertical",
                    Pick(["Icom IC-7300", "Yaesu FT-991A", "Kenwood TS-590SG", "Icom IC-9700", "Elecraft K3"]), frequencies),
            ];
            if (Chance(25))
            {
                stations.Add(new("Mobilā stacija", null, null, null, null, null, null, "vertical", Pick(["Yaesu FTM-400", "Icom IC-2730"]), [new(145.500m, 16m, "16K0F3E", 50m, "txrx")]));
            }

            return (callSign, stations);
        }

        private (string?, List<StationRecord>) Maritime(Holder holder, Town town)
        {
            List<FrequencyRecord> Vhf(decimal power) => [new(156.800m, 16m, "16K0G3E", power, "txrx"), new(156.525m, 16m, "16K0G2B", power, "txrx")];

            if (!holder.Legal || Chance(60))
            {
                var kindOfShip = holder.Legal ? Pick(["Velkonis", "Zvejas kuģis", "Pasažieru kuģis", "Darba kuģis"]) : Pick(["Jahta", "Motorlaiva"]);
                var callSign = Unique(_callSigns, () => $"YL{Between(1000, 9999)}");
                return (callSign, [new($"{kindOfShip} “{Pick(_vessels)}”", null, null, null, null, null, null, "vertical", Pick(["Icom IC-M330", "Standard Horizon GX2400", "Sailor 6222", "Simrad RS40"]), Vhf(25m))]);
            }

            var stations = new List<StationRecord>();
            for (int k = 1, count = Between(1, 3); k <= count; k++)
            {
                var (lat, lon) = Near(town.Latitude, town.Longitude, 8_000);
                List<FrequencyRecord> frequencies = [.. Vhf(50m), new(Pick([156.600m, 156.700m, 156.650m]), 16m, "16K0G3E", 25m, "txrx")];
                stations.Add(new($"{town.Genitive} ostas krasta stacija {k}", $"Ostas iela {Between(1, 40)}, {town.Name}", lat, lon, Tenths(150, 450), Tenths(20, 60), null, "vertical", Pick(["Sailor 6222", "Jotron Tron VHF", "Icom IC-M605"]), frequencies));
            }

            return (null, stations);
        }

        private (string?, List<StationRecord>) Aeronautical(Holder holder, Town town)
        {
            if (!holder.Legal || Chance(50))
            {
                var registration = Unique(_callSigns, () => $"YL{Letters(3)}");
                var frequencies = _aeronauticalMHz.OrderBy(_ => _random.Next()).Take(Between(1, 3)).Order().Select(mhz => new FrequencyRecord(mhz, 6m, "6K00A3E", 10m, "txrx")).ToList();
                return (registration, [new($"Gaisa kuģis YL-{registration[2..]} ({Pick(_aircraft)})", null, null, null, null, null, null, "vertical", Pick(["Garmin GTR 225", "Becker AR6201", "Trig TY96", "Funke ATR833"]), frequencies)]);
            }

            var (lat, lon) = Near(town.Latitude, town.Longitude, 15_000);
            var ground = _aeronauticalMHz.OrderBy(_ => _random.Next()).Take(Between(1, 2)).Order().Select(mhz => new FrequencyRecord(mhz, 6m, "6K00A3E", Pick([25m, 50m]), "txrx")).ToList();
            return (null, [new($"{town.Genitive} lidlauka radiostacija", $"{town.Name}, lidlauks", lat, lon, Tenths(100, 300), Tenths(20, 50), null, "vertical", Pick(["Rohde & Schwarz XU4200", "Park Air T6T", "Jotron TA-7650"]), ground)]);
        }

        private (string?, List<StationRecord>) LandMobile(Town town, bool large)
        {
            var emission = Pick(_landMobileEmissions);
            var uhf = Chance(50);
            decimal tx, rx;
            if (uhf)
            {
                tx = 420m + (Between(0, 3_999) * 0.0125m);
                rx = tx - 10m;
            }
            else
            {
                tx = 150.6m + (Between(0, 1_871) * 0.0125m);
                rx = tx - 4.6m;
            }

            var stations = new List<StationRecord>();
            var repeaters = large ? Between(1, 12) : Between(1, 3);
            for (var k = 1; k <= repeaters; k++)
            {
                var site = k == 1 ? new Site(town.Name, town.Genitive, town.Latitude, town.Longitude, town) : Pick(_sites);
                var (lat, lon) = Near(site.Latitude, site.Longitude, 10_000);
                var location = site.Town is { } siteTown ? $"{Pick(siteTown.Streets)} {Between(1, 120)}, {siteTown.Name}" : $"Sakaru tornis, {site.Name}";
                stations.Add(new($"Bāzes stacija {site.Name}", location, lat, lon, Tenths(150, 600), Tenths(30, 90), null, "vertical", Pick(["Motorola SLR 5500", "Hytera RD985", "Kenwood NXR-810"]),
                    [new(tx, emission.BandwidthKHz, emission.Emission, Pick([25m, 40m, 50m]), "tx"), new(rx, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            }

            stations.Add(new($"Mobilās stacijas ({Between(2, 60)} gab.)", null, null, null, null, null, null, "vertical", Pick(["Motorola DM4600", "Hytera MD785", "Kenwood NX-3720"]),
                [new(rx, emission.BandwidthKHz, emission.Emission, 25m, "tx"), new(tx, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            if (Chance(50))
            {
                stations.Add(new($"Portatīvās stacijas ({Between(2, 40)} gab.)", null, null, null, null, null, null, "vertical", Pick(["Motorola DP4400e", "Hytera PD785"]),
                    [new(rx, emission.BandwidthKHz, emission.Emission, 5m, "tx"), new(tx, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            }

            return (null, stations);
        }

        private (string?, List<StationRecord>) FixedLink(Town town)
        {
            // One hop: either across the town or to a neighbouring site, the band chosen by the distance.
            var a = Near(town.Latitude, town.Longitude, 15_000);
            (decimal Lat, decimal Lon) b;
            string bName, bLocation;
            if (Chance(50))
            {
                b = Near(a.Lat, a.Lon, 60_000);
                bName = $"{town.Name}, pilsētas mezgls";
                bLocation = $"{Pick(town.Streets)} {Between(1, 150)}, {town.Name}";
            }
            else
            {
                var site = _sites.Where(site => site.Name != town.Name).OrderBy(site => DistanceKm(a, (site.Latitude, site.Longitude))).ElementAt(Between(0, 2));
                b = Near(site.Latitude, site.Longitude, 5_000);
                bName = site.Name;
                bLocation = $"Sakaru tornis, {site.Name}";
            }

            var km = DistanceKm(a, b);
            var band = _fixedLinkBands[km switch { > 30 => Between(0, 1), > 15 => Between(1, 3), > 5 => Between(3, 4), _ => Between(4, 5) }];
            var low = band.LowStart + (Between(0, band.Channels - 1) * 3.5m);
            var high = low + band.ShiftMHz;
            var emission = Pick(_fixedLinkEmissions);
            var (power, gain, polarization, equipment) = (Pick([0.1m, 0.25m, 0.5m, 1m]), Tenths(300, 460), Pick(["vertical", "horizontal", "dual"]), Pick(["Ericsson MINI-LINK 6352", "Nokia Wavence UBT-SA", "SIAE ALFOplus2", "Huawei OptiX RTN 380"]));
            return (null,
            [
                new($"{town.Name} (A gals)", $"Sakaru tornis, {town.Name}", a.Lat, a.Lon, Tenths(150, 800), gain, Bearing(a, b), polarization, equipment,
                    [new(low, emission.BandwidthKHz, emission.Emission, power, "tx"), new(high, emission.BandwidthKHz, emission.Emission, null, "rx")]),
                new($"{bName} (B gals)", bLocation, b.Lat, b.Lon, Tenths(150, 800), gain, Bearing(b, a), polarization, equipment,
                    [new(high, emission.BandwidthKHz, emission.Emission, power, "tx"), new(low, emission.BandwidthKHz, emission.Emission, null, "rx")]),
            ]);
        }

        private (string?, List<StationRecord>) Broadcasting(Town town)
        {
            var television = Chance(30);
            var stations = new List<StationRecord>();
            var sites = new[] { town }.Concat(_towns.Where(t => t != town).OrderBy(_ => _random.Next()).Take(Between(0, 2)));
            foreach (var site in sites)
            {
                var tower = site.Name == "Rīga";
                var (lat, lon) = tower ? (56.923700m, 24.132200m) : Near(site.Latitude, site.Longitude, 30_000);
                var frequencies = television
                    ? Enumerable.Range(21, 28).OrderBy(_ => _random.Next()).Take(Between(1, 3)).Order()
                        .Select(channel => new FrequencyRecord(306m + (8m * channel), 8_000m, "8M00G7W", Pick([1_000m, 5_000m, 10_000m, 20_000m]), "tx")).ToList()
                    : Enumerable.Range(876, 203).OrderBy(_ => _random.Next()).Take(Between(1, 2)).Order()
                        .Select(tenths => new FrequencyRecord(tenths / 10m, 180m, "180KF8EHF", Pick([100m, 250m, 500m, 1_000m, 2_000m, 5_000m, 10_000m]), "tx")).ToList();
                stations.Add(new(
                    tower ? "Rīgas radio un televīzijas tornis" : $"{site.Genitive} raidstacija", tower ? "Zaķusalas krastmala 1, Rīga" : $"Raidītāju tornis, {site.Name}",
                    lat, lon, tower ? Tenths(2_000, 3_000) : Tenths(400, 1_800), Tenths(30, 120), null, Pick(["horizontal", "vertical", "circular-right"]),
                    television ? Pick(["Rohde & Schwarz THU9", "Harris Maxiva UAXTE"]) : Pick(["Nautel GV5", "Elenos Indium", "Rohde & Schwarz THR9"]), frequencies));
            }

            return (null, stations);
        }

        private (string?, List<StationRecord>) SatelliteEarthStation(Town town)
        {
            var stations = new List<StationRecord>();
            for (int k = 1, count = Between(1, 2); k <= count; k++)
            {
                var cBand = Chance(50);
                var emission = Pick(_satelliteEmissions);
                var up = cBand ? 5_930m + (Between(0, 980) * 0.5m) : 14_000m + (Between(0, 990) * 0.5m);
                var down = up - (cBand ? 2_225m : 2_300m);
                var (lat, lon) = Near(town.Latitude, town.Longitude, 20_000);
                stations.Add(new(
                    $"Zemes stacija {town.Name} {k}", $"{Pick(town.Streets)} {Between(1, 150)}, {town.Name}", lat, lon, Tenths(30, 150),
                    cBand ? Tenths(400, 500) : Tenths(450, 550), Tenths(1_600, 2_300), cBand ? Pick(["circular-right", "circular-left"]) : Pick(["horizontal", "vertical", "dual"]),
                    Pick(["Comtech CDM-625A", "Newtec MDM2210", "Gilat SkyEdge II-c"]),
                    [new(up, emission.BandwidthKHz, emission.Emission, Pick([10m, 25m, 50m, 100m, 200m, 400m]), "tx"), new(down, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            }

            return (null, stations);
        }

        /// <summary>The invoices of one stream (a person, or one billing account) at the pace of its arrangement.</summary>
        private void AddStream(List<Draft> drafts, Holder holder, string? accountId, string arrangement, long monthlyCents, DateOnly? closedOn)
        {
            var (step, anchorMonth) = arrangement switch
            {
                "advance-payment" => (12, Between(1, 12)),
                "quarterly-invoice" => (3, 1),
                _ => (1, 1),
            };
            var terms = arrangement == "advance-payment" ? 14 : Pick([14, 20, 21, 30]);
            var date = new DateOnly(_today.Year, anchorMonth, Between(1, 10));
            while (date.AddMonths(step) <= _today)
            {
                date = date.AddMonths(step);
            }

            while (date > _today)
            {
                date = date.AddMonths(-step);
            }

            var dates = new List<DateOnly>();
            for (; date > _from; date = date.AddMonths(-step))
            {
                if (closedOn is null || date <= closedOn)
                {
                    dates.Add(date);
                }
            }

            dates.Reverse();
            foreach (var issuedOn in dates)
            {
                var cents = Math.Max(1, monthlyCents * step * Between(95, 105) / 100);
                var invoice = new Draft { Holder = holder, AccountId = accountId, Kind = "invoice", IssuedOn = issuedOn, DueOn = issuedOn.AddDays(terms), Cents = cents, Due = cents };
                drafts.Add(invoice);
                if (Chance(3) && issuedOn.AddDays(20) <= _today)
                {
                    AddCreditNote(drafts, invoice);
                }
                else if (Chance(1) && issuedOn.AddDays(10) <= _today)
                {
                    Cancel(drafts, invoice, terms);
                }
            }
        }

        private void AddCreditNote(List<Draft> drafts, Draft invoice)
        {
            var credit = Math.Max(1, invoice.Due * Between(5, 50) / 100);
            invoice.Due -= credit;
            drafts.Add(new Draft { Holder = invoice.Holder, AccountId = invoice.AccountId, Kind = "credit-note", IssuedOn = invoice.IssuedOn.AddDays(Between(3, 20)), Cents = credit });
        }

        private void Cancel(List<Draft> drafts, Draft invoice, int terms)
        {
            invoice.Cancelled = true;
            invoice.Due = 0;
            var issuedOn = invoice.IssuedOn.AddDays(Between(2, 7));
            var cents = Math.Max(1, invoice.Cents * Between(90, 100) / 100);
            drafts.Add(new Draft { Holder = invoice.Holder, AccountId = invoice.AccountId, Kind = "invoice", IssuedOn = issuedOn, DueOn = issuedOn.AddDays(terms), Cents = cents, Due = cents });
        }

        /// <summary>A demo shows both: when chance gave no credit note or no cancellation, one older invoice gets it.</summary>
        private void EnsureCreditNoteAndCancellation(List<Draft> drafts)
        {
            Draft[] Eligible() => [.. drafts.Where(d => d is { Kind: "invoice", Cancelled: false } && d.Due == d.Cents && d.IssuedOn.AddDays(60) <= _today)];

            if (!drafts.Any(d => d.Kind == "credit-note") && Eligible() is { Length: > 0 } forCredit)
            {
                AddCreditNote(drafts, Pick(forCredit));
            }

            if (!drafts.Any(d => d.Cancelled) && Eligible() is { Length: > 0 } forCancel)
            {
                var invoice = Pick(forCancel);
                Cancel(drafts, invoice, invoice.DueOn!.Value.DayNumber - invoice.IssuedOn.DayNumber);
            }
        }

        private List<InvoiceRecord> Number(List<Draft> drafts)
        {
            var invoices = new List<InvoiceRecord>(drafts.Count);
            var (year, sequence) = (0, 0);
            foreach (var draft in drafts)
            {
                (year, sequence) = draft.IssuedOn.Year == year ? (year, sequence + 1) : (draft.IssuedOn.Year, 1);
                invoices.Add(new InvoiceRecord(
                    $"{_prefix}INV-{invoices.Count + 1:D6}", 1, draft.Holder.Id, $"ES-{year}-{sequence:D6}", draft.Kind, draft.IssuedOn, draft.DueOn,
                    draft.Cents / 100m, draft.Cancelled ? "cancelled" : "issued", draft.AccountId));
            }

            return invoices;
        }

        /// <summary>When an invoice is paid: around its due date (an advance soon after it is issued); null when that is still to come.</summary>
        private DateOnly? PaidOn(DateOnly issuedOn, DateOnly dueOn, bool advance)
        {
            var on = advance ? issuedOn.AddDays(Between(0, 10)) : dueOn.AddDays(Between(-10, 6));
            on = on < issuedOn ? issuedOn.AddDays(1) : on;
            return on <= _today ? on : null;
        }

        private List<PaymentRecord> Pay(List<Draft> drafts)
        {
            var legal = _holders.Where(holder => holder.Legal).ToList();
            var overdue = legal.FirstOrDefault(holder => holder.Arrangement == "monthly-invoice") ?? legal.FirstOrDefault() ?? _holders.FirstOrDefault();
            var inCredit = legal.FirstOrDefault(holder => holder != overdue && holder.Arrangement == "advance-payment")
                ?? _holders.FirstOrDefault(holder => holder != overdue && holder.Arrangement == "advance-payment")
                ?? _holders.FirstOrDefault(holder => holder != overdue);
            var received = new List<(DateOnly On, Holder Holder, long Cents)>();
            foreach (var holder in _holders)
            {
                var invoices = drafts.Where(d => d.Holder == holder && d is { Kind: "invoice", Cancelled: false }).ToList();
                var unpaidFrom = invoices.Count;
                if (holder == overdue)
                {
                    var lastDue = invoices.FindLastIndex(d => d.DueOn < _today);
                    unpaidFrom = lastDue >= 0 ? lastDue : unpaidFrom;
                }
                else if (Chance(30))
                {
                    unpaidFrom = Math.Max(0, invoices.Count - Between(1, 2));
                }

                var advance = holder.Arrangement == "advance-payment";
                for (var i = 0; i < unpaidFrom; i++)
                {
                    var invoice = invoices[i];
                    if (invoice.Due <= 0 || PaidOn(invoice.IssuedOn, invoice.DueOn!.Value, advance) is not { } on)
                    {
                        continue;
                    }

                    if (holder.Legal && invoice.Due >= 2_00 && Chance(5))
                    {
                        // Paid in two parts; the second may still be to come.
                        var part = invoice.Due / 2;
                        received.Add((on, holder, part));
                        if (on.AddDays(Between(5, 20)) is var later && later <= _today)
                        {
                            received.Add((later, holder, invoice.Due - part));
                        }
                    }
                    else
                    {
                        var roundedUp = (invoice.Due + 4_99) / 5_00 * 5_00;
                        received.Add((on, holder, !holder.Legal && advance && Chance(25) ? roundedUp : invoice.Due));
                    }
                }

                if (holder == inCredit)
                {
                    received.Add((_today.AddDays(-Between(1, 20)), holder, Between(5, 30) * 10_00));
                }
            }

            return [.. received.OrderBy(payment => payment.On)
                .Select((payment, index) => new PaymentRecord($"{_prefix}PAY-{index + 1:D6}", 1, payment.Holder.Id, payment.On, payment.Cents / 100m))];
        }
    }
}
