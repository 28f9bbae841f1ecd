using Portal.Core.Submissions;

namespace Portal.UnitTests.Submissions;

/// <summary>A status record's checks by field, and what tells a replay from another change of the same version.</summary>
public sealed class SubmissionStatusRecordTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static SubmissionStatusRecord Record(string? status = "received", string? message = null, string? changedAt = "2026-12-01T11:30:00+02:00") =>
        new("0000000000000000000aaaaaaaaaaaa", null, 1, status, message, changedAt);

    [Fact]
    public void AValidRecord_IsTyped_ItsTimeAsUtc_ItsMessageTrimmed()
    {
        var valid = SubmissionStatusFeed.Validate(Record("information-requested", "  Norādiet augstumu.\n"), _now).Value;

        Assert.Equal((SubmissionStatus.InformationRequested, "Norādiet augstumu.", new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero)), (valid.Status, valid.Message, valid.ChangedAt));
        Assert.Equal(TimeSpan.Zero, valid.ChangedAt.Offset);
    }

    [Theory]
    [InlineData("submitted", null, "2026-12-01T09:00:00Z", "status")]
    [InlineData("withdrawal-requested", null, "2026-12-01T09:00:00Z", "status")]
    [InlineData("information-requested", " ", "2026-12-01T09:00:00Z", "message")]
    [InlineData("received", null, "2026-12-01T09:00:00", "changedAt")]
    [InlineData("received", null, "2026-12-01", "changedAt")]
    [InlineData("received", null, "2026-12-01T10:05:01Z", "changedAt")]
    public void ABadField_IsItsOwnError(string status, string? message, string changedAt, string field)
    {
        var errors = Assert.IsType<Portal.Core.Outcomes.Failure.Invalid>(SubmissionStatusFeed.Validate(Record(status, message, changedAt), _now).Failure).Errors;

        Assert.Equal([field], errors.Keys);
    }

    /// <summary>The contract's content hash, byte for byte: a replay stored before a change of this code must stay <c>unchanged</c>.</summary>
    [Fact]
    public void TheHash_IsPinned()
    {
        var valid = SubmissionStatusFeed.Validate(Record(changedAt: "2026-12-01T11:30:00+02:00"), _now).Value;

        // SHA-256 of "s1␟1␟received␟␟2026-12-01T09:30:00.0000000+00:00" (␟ = U+001F).
        Assert.Equal("72ee47e38bb618a9805b3d5b01e1d8f545743f0f4072ec3ae180a836a4e564c7", SubmissionStatusFeed.HashOf("s1", valid));
    }

    [Fact]
    public void TheHash_IsTheSameForTheSameChangeAtAnyOffset_AndDiffersForAnotherMessage()
    {
        var at = SubmissionStatusFeed.Validate(Record(changedAt: "2026-12-01T11:30:00+02:00"), _now).Value;
        var utc = SubmissionStatusFeed.Validate(Record(changedAt: "2026-12-01T09:30:00Z"), _now).Value;
        var other = SubmissionStatusFeed.Validate(Record(message: "Saņemts.", changedAt: "2026-12-01T09:30:00Z"), _now).Value;

        Assert.Equal(SubmissionStatusFeed.HashOf("s1", at), SubmissionStatusFeed.HashOf("s1", utc));
        Assert.NotEqual(SubmissionStatusFeed.HashOf("s1", at), SubmissionStatusFeed.HashOf("s1", other));
        Assert.NotEqual(SubmissionStatusFeed.HashOf("s1", at), SubmissionStatusFeed.HashOf("s2", at));
    }
}
