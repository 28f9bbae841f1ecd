using Portal.Core;
using System.Globalization;
using Portal.Core.Billing;
using Portal.Core.Permits;

namespace Portal.Demo;

public static partial class FeedGenerator
{
    private sealed partial class Builder(int seed, DateOnly today, string prefix, int firstAccountNumber, int firstPermitNumber)
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

            var arrangements = Vocabulary<BillingArrangement>.Texts.ToArray();
            _random.Shuffle(arrangements);
            for (var i = 0; i < companies; i++)
            {
                AddCompany(i).Arrangement = i < arrangements.Length ? arrangements[i] : Pick(Vocabulary<BillingArrangement>.Texts);
            }

            // Every service kind somewhere: what no one has goes to the company with the fewest.
            foreach (var kind in Vocabulary<ServiceKind>.Texts.Where(kind => !_holders.Any(holder => holder.Services.Contains(kind))))
            {
                _holders.Where(holder => holder.Legal && holder.Services.Count < 4).OrderBy(holder => holder.Services.Count).FirstOrDefault()?.Services.Add(kind);
            }

            foreach (var holder in _holders.Where(holder => holder.Legal))
            {
                AddAccounts(holder, Between(1, 3));
            }

            foreach (var holder in _holders)
            {
                foreach (var kind in Vocabulary<ServiceKind>.Texts.Where(holder.Services.Contains))
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
            holder.Services.AddRange(Vocabulary<ServiceKind>.Texts);
            _holders.Add(holder);
            AddAccounts(holder, Between(38, 42));

            // A few hundred permits: one of each kind, the rest weighted as a national operator's would be.
            string[] weighted = [.. Repeat("land-mobile", 30), .. Repeat("fixed-links", 40), .. Repeat("broadcasting", 10), .. Repeat("satellite-earth-stations", 5), .. Repeat("maritime", 8), .. Repeat("aeronautical", 5), .. Repeat("amateur", 2)];
            var permits = Between(260, 340);
            for (var i = 0; i < permits; i++)
            {
                AddPermit(holder, i < Vocabulary<ServiceKind>.Texts.Count ? Vocabulary<ServiceKind>.Texts[i] : Pick(weighted), Chance(40) ? riga : Pick(_towns), large: true);
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

    }
}
