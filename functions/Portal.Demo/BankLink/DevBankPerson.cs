namespace Portal.Demo.BankLink;

/// <summary>A person the development bank can sign in (<see cref="DevBankPeople"/>): what its answer 3013 says of them.</summary>
/// <param name="Key">The key of the same person among Latvija.lv's test people.</param>
/// <param name="UserName"><c>VK_USER_NAME</c>, as banks write it: "SURNAME,GIVEN" or "Given Surname".</param>
/// <param name="UserId"><c>VK_USER_ID</c>: the person's current code as a bank writes it (the old form with its hyphen).</param>
/// <param name="Token"><c>VK_TOKEN</c>: how the person authenticated at the bank (1 eID card, 2 mobile ID, 9 Smart-ID).</param>
/// <param name="English">What the person is for.</param>
public sealed record DevBankPerson(string Key, string UserName, string UserId, string Token, string English);
