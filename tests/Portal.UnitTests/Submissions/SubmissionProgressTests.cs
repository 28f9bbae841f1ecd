using Portal.Core;
using Portal.Core.Submissions;

namespace Portal.UnitTests.Submissions;

/// <summary>How a sent submission moves on: what the user may do at each status, and a withdrawal the back office has not answered yet.</summary>
public sealed class SubmissionProgressTests
{
    [Fact]
    public void Withdrawal_IsARequestUntilReview_TheSameAnswerOnceAsked_AndRefusedAfter()
    {
        var steps = Vocabulary<SubmissionStatus>.All.ToDictionary(Vocabulary<SubmissionStatus>.Text, SubmissionProgress.Withdrawal);

        Assert.Equal(WithdrawalStep.NotSent, steps["draft"]);
        Assert.Equal(WithdrawalStep.NotSent, steps["sending"]);
        Assert.Equal(WithdrawalStep.Request, steps["submitted"]);
        Assert.Equal(WithdrawalStep.Request, steps["received"]);
        Assert.Equal(WithdrawalStep.AlreadyAsked, steps["withdrawal-requested"]);
        Assert.Equal(WithdrawalStep.AlreadyAsked, steps["withdrawn"]);
        Assert.All(new[] { "in-review", "information-requested", "approved", "rejected" }, status => Assert.Equal(WithdrawalStep.TooLate, steps[status]));
    }

    [Fact]
    public void AnOpenWithdrawal_StaysShownThroughAReceipt_AndAnyOtherStatusAnswersIt()
    {
        Assert.Equal((SubmissionStatus.WithdrawalRequested, true), SubmissionProgress.AfterBackOffice(SubmissionStatus.Received, withdrawalOpen: true));
        Assert.Equal((SubmissionStatus.Withdrawn, false), SubmissionProgress.AfterBackOffice(SubmissionStatus.Withdrawn, withdrawalOpen: true));
        Assert.Equal((SubmissionStatus.InReview, false), SubmissionProgress.AfterBackOffice(SubmissionStatus.InReview, withdrawalOpen: true));
        Assert.Equal((SubmissionStatus.Received, false), SubmissionProgress.AfterBackOffice(SubmissionStatus.Received, withdrawalOpen: false));
    }

    [Fact]
    public void OnlyARequestForInformation_IsAnswered_AndOnlyTheBackOfficesStatusesAreFed()
    {
        Assert.Equal([SubmissionStatus.InformationRequested], Vocabulary<SubmissionStatus>.All.Where(SubmissionProgress.MayAnswer));
        Assert.Equal(["received", "in-review", "information-requested", "approved", "rejected", "withdrawn"], SubmissionProgress.FromBackOffice.Select(Vocabulary<SubmissionStatus>.Text));
        Assert.Equal(["draft", "sending"], Vocabulary<SubmissionStatus>.All.Where(s => !SubmissionProgress.IsSent(s)).Select(Vocabulary<SubmissionStatus>.Text));
    }
}
