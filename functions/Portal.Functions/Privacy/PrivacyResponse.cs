using Portal.Core.Privacy;

namespace Portal.Functions.Privacy;

public sealed record PrivacyResponse(PrivacyNoticeText Lv, PrivacyNoticeText En);
