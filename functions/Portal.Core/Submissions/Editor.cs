namespace Portal.Core.Submissions;

/// <summary>The user who makes a change: kept by id, shown to the client's other members by name.</summary>
public sealed record Editor(string UserId, string Name)
{
    public static Editor Of(Accounts.UserAccount user) => new(user.Id, $"{user.FirstName} {user.LastName}");
}
