using Portal.Core.Payments;

namespace Portal.DevHost;

/// <summary>
/// The UI's CSP with the payment providers' addresses in <c>form-action</c>: the payment page posts the provider's form to the
/// provider, and the browser lets a form go only where <c>form-action</c> names. Only the origins of the providers registered
/// here are added, so the policy the dev host serves is the deployed one plus exactly the banks it offers.
/// </summary>
public static class FormActionPolicy
{
    public const string HeaderName = "Content-Security-Policy";

    private const string Directive = "form-action";

    /// <summary>Where the registered payment providers' forms go (<see cref="IPaymentProvider.FormAction"/>); none when none is registered.</summary>
    public static IReadOnlyList<Uri> PaymentFormActions(IServiceProvider services) =>
        [.. services.GetRequiredService<PaymentProviders>().All.Select(provider => provider.FormAction)];

    /// <summary>
    /// <paramref name="policy"/> with the origin of each target added to its <c>form-action</c> directive, each once, after what it
    /// names already ('none' gives way). Unchanged with no targets, or when the policy has no <c>form-action</c> (forms go anywhere then).
    /// </summary>
    public static string With(string policy, IEnumerable<Uri> targets)
    {
        var origins = targets.Select(Origin).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(directives, d => Name(d).Equals(Directive, StringComparison.OrdinalIgnoreCase));
        if (origins.Count == 0 || index < 0)
        {
            return policy;
        }

        var sources = directives[index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(s => s != "'none'").ToList();
        sources.AddRange(origins.Where(origin => !sources.Contains(origin, StringComparer.OrdinalIgnoreCase)));
        directives[index] = $"{Directive} {string.Join(' ', sources)}";
        return string.Join("; ", directives);
    }

    private static string Name(string directive) => directive.Split(' ', 2)[0];

    /// <summary>The scheme, host and port a form goes to: a CSP source that lets in that origin and no other.</summary>
    private static string Origin(Uri target) =>
        target.IsAbsoluteUri && (target.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp)
            ? target.GetLeftPart(UriPartial.Authority)
            : throw new InvalidOperationException($"A payment provider's form address must be an absolute http(s) address, not '{target}'.");
}
