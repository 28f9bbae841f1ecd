using Portal.Core;
using Portal.Core.Permits;
using Portal.Core.Clients;

namespace Portal.Demo;

public static partial class FeedGenerator
{
    // A client as the generator builds it up, and an invoice before it is numbered and paid.
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
            [.. Vocabulary<ServiceKind>.Texts.Where(Services.Contains)]);
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

        /// <summary>A credit note's: the invoice it names.</summary>
        public Draft? Credits { get; init; }

        /// <summary>Given when the drafts are numbered.</summary>
        public string? ExternalId { get; set; }
    }
}
