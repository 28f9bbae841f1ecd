using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Functions.Accounts;
using Portal.Functions.Health;
using Portal.Functions.Terms;

namespace Portal.Functions;

/// <summary>Source-generated serialisation for every body the API writes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(TermsListResponse))]
[JsonSerializable(typeof(TermsVersionResponse))]
[JsonSerializable(typeof(SignInRequest))]
[JsonSerializable(typeof(MeResponse))]
[JsonSerializable(typeof(SessionStatusResponse))]
[JsonSerializable(typeof(PasswordResetRequest))]
[JsonSerializable(typeof(PasswordResetConfirmRequest))]
[JsonSerializable(typeof(ChangePasswordRequest))]
[JsonSerializable(typeof(Portal.Functions.Audit.ActivityResponse))]
[JsonSerializable(typeof(SessionsResponse))]
[JsonSerializable(typeof(TermsAcceptanceRequest))]
[JsonSerializable(typeof(Portal.Core.Registrations.RegistrationForm))]
[JsonSerializable(typeof(Portal.Functions.Staff.StaffMeResponse))]
[JsonSerializable(typeof(Portal.Functions.Staff.ApproveRequest))]
[JsonSerializable(typeof(Portal.Functions.Staff.RejectRequest))]
[JsonSerializable(typeof(Portal.Functions.Staff.RegistrationListResponse))]
[JsonSerializable(typeof(Portal.Functions.Staff.RegistrationSummary))]
[JsonSerializable(typeof(Portal.Core.Registrations.RegistrationDetails))]
[JsonSerializable(typeof(ActivateRequest))]
[JsonSerializable(typeof(Portal.Functions.Clients.ClientOverview))]
[JsonSerializable(typeof(List<Portal.Core.BackOffice.ClientRecord>))]
[JsonSerializable(typeof(Portal.Functions.BackOffice.FeedResponse))]
[JsonSerializable(typeof(UpdateMeRequest))]
[JsonSerializable(typeof(UpdateMeResponse))]
[JsonSerializable(typeof(ConfirmEmailRequest))]
[JsonSerializable(typeof(Portal.Functions.Staff.PublishTermsRequest))]
[JsonSerializable(typeof(Portal.Functions.Staff.StaffUserListResponse))]
[JsonSerializable(typeof(Portal.Functions.Staff.StaffUserResponse))]
[JsonSerializable(typeof(Portal.Functions.Staff.StaffActivityResponse))]
[JsonSerializable(typeof(Portal.Functions.Staff.StaffReasonRequest))]
[JsonSerializable(typeof(Portal.Functions.Staff.StaffUserSummary))]
[JsonSerializable(typeof(ActivationResendRequest))]
public sealed partial class PortalJsonContext : JsonSerializerContext;
