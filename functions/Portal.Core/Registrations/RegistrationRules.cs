using System.Text.RegularExpressions;
using Portal.Core.Accounts;
using Portal.Core.Documents;
using Portal.Core.Outcomes;

namespace Portal.Core.Registrations;

public static partial class RegistrationRules
{
    public const int MaxDocumentBytes = 10 * 1024 * 1024;

    /// <summary>Every field checked; the errors name the fields (the API's 400).</summary>
    public static (ValidApplication? Application, FieldErrors Errors) Validate(
        RegistrationForm form, AuthorityDocument? document, int currentTermsVersion)
    {
        var errors = new FieldErrors();
        void Fail(string field, string message) => errors.Add(field, message);
        string Required(string? value, string field, int max = 200)
        {
            var trimmed = value?.Trim() ?? "";
            if (trimmed.Length == 0)
            {
                Fail(field, "This field is required.");
            }
            else if (trimmed.Length > max)
            {
                Fail(field, $"At most {max} characters.");
            }

            return trimmed;
        }

        string Name(string? value, string field)
        {
            if (PersonName.Check(value) is { } message)
            {
                Fail(field, message);
            }

            return value?.Trim() ?? "";
        }

        PersonKind? kind = form.PersonKind switch { "natural" => PersonKind.Natural, "legal" => PersonKind.Legal, _ => null };
        if (kind is null)
        {
            Fail("personKind", "Choose natural or legal.");
        }

        var firstName = Name(form.FirstName, "firstName");
        var lastName = Name(form.LastName, "lastName");
        var personalCode = Registrations.PersonalCode.Normalize(form.PersonalCode);
        if (personalCode is null)
        {
            Fail("personalCode", "Enter a valid Latvian personal code (DDMMYY-NNNNN or 32NNNN-NNNNN).");
        }

        var address = Required(form.Address, "address", 300);
        var email = Required(form.Email, "email", 254);
        if (email.Length > 0 && !EmailAddress.IsBare(email))
        {
            Fail("email", EmailAddress.Invalid);
        }

        var phone = Required(form.Phone, "phone", 30);
        if (phone.Length > 0 && !IsPhone(phone))
        {
            Fail("phone", "Enter a phone number: digits, spaces, and an optional leading +.");
        }

        var language = form.Language is "lv" or "en" ? form.Language : null;
        if (language is null)
        {
            Fail("language", "Choose lv or en.");
        }

        if (form.AcceptedTermsVersion != currentTermsVersion)
        {
            Fail("acceptedTermsVersion", $"Accept the terms of use in force (version {currentTermsVersion}) first (§4).");
        }

        string? companyName = null, registrationNumber = null, position = null;
        if (kind == PersonKind.Legal)
        {
            companyName = Required(form.CompanyName, "companyName");
            registrationNumber = form.RegistrationNumber?.Trim();
            if (registrationNumber is null || registrationNumber.Length != 11 || !registrationNumber.All(char.IsAsciiDigit))
            {
                Fail("registrationNumber", "The registration number has 11 digits.");
            }

            position = Required(form.Position, "position");
            if (document is null)
            {
                Fail("document", "Attach a PDF that proves your authority to act for the company.");
            }
            else if (document.Content.Length > MaxDocumentBytes)
            {
                Fail("document", "The document may be at most 10 MB.");
            }
            else if (PdfCheck.Problem(document.Content) is { } problem)
            {
                Fail("document", $"The document {problem}");
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidApplication(kind!.Value, firstName, lastName, personalCode!, companyName, registrationNumber, position, address, email, phone, language!, form.AcceptedTermsVersion!.Value), errors);
    }

    /// <summary>Digits and spaces, an optional leading +, 7 to 20 in all.</summary>
    public static bool IsPhone(string phone) => Phone().IsMatch(phone);

    [GeneratedRegex(@"^\+?[0-9 ]{7,20}$")]
    private static partial Regex Phone();
}
