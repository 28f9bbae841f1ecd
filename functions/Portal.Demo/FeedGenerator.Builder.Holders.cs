using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Permits;

namespace Portal.Demo;

public static partial class FeedGenerator
{
    // Persons and companies with their billing accounts.
    private sealed partial class Builder
    {
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
                    services.Add(Pick(Vocabulary<ServiceKind>.Texts));
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
                var arrangement = index == 0 || Chance(75) ? holder.Arrangement : Pick(Vocabulary<BillingArrangement>.Texts);
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

    }
}
