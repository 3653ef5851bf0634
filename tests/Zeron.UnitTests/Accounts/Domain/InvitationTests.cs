using AwesomeAssertions;
using Xunit;
using Zeron.Accounts.Contracts.Invitations;
using Zeron.Accounts.Domain;
using Zeron.SharedKernel.Tenancy;

namespace Zeron.UnitTests.Accounts.Domain;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static (Invitation Invitation, string Token) Issue() =>
        Invitation.Issue(Guid.NewGuid(), "Grace@Example.com", "GRACE@EXAMPLE.COM", OrganizationRole.Admin, Guid.NewGuid(), Now);

    [Fact]
    public void A_new_invitation_is_pending_for_seven_days_and_keeps_only_the_hash_of_a_random_token()
    {
        var (invitation, token) = Issue();
        var (_, other) = Issue();

        invitation.StatusAt(Now).Should().Be(InvitationStatus.Pending);
        invitation.ExpiresAt.Should().Be(Now.AddDays(7));
        invitation.StatusAt(Now.AddDays(7).AddTicks(-1)).Should().Be(InvitationStatus.Pending);
        invitation.StatusAt(Now.AddDays(7)).Should().Be(InvitationStatus.Expired);
        token.Should().HaveLength(43).And.NotBe(other);
        invitation.TokenHash.Should().Equal(Invitation.HashToken(token));
    }

    [Fact]
    public void It_is_accepted_once_into_a_membership_with_the_invited_role()
    {
        var (invitation, _) = Issue();
        var user = Guid.NewGuid();

        var membership = invitation.Accept(user, Now.AddHours(1));

        membership.Should().BeEquivalentTo(new { invitation.OrganizationId, UserId = user, Role = OrganizationRole.Admin, CreatedAt = Now.AddHours(1) });
        invitation.StatusAt(Now.AddHours(2)).Should().Be(InvitationStatus.Accepted);
        invitation.Accept(Guid.NewGuid(), Now.AddHours(2)).Should().BeNull("an invitation is used once");
        invitation.Decline(Now.AddHours(2)).Should().BeFalse();
        invitation.Revoke(Now.AddHours(2)).Should().BeFalse("an accepted invitation is undone by removing the member");
        invitation.AcceptedByUserId.Should().Be(user);
    }

    [Fact]
    public void Expired_declined_and_revoked_invitations_cannot_be_accepted()
    {
        var (expired, _) = Issue();
        var (declined, _) = Issue();
        var (revoked, _) = Issue();
        declined.Decline(Now).Should().BeTrue();
        revoked.Revoke(Now).Should().BeTrue();

        expired.Accept(Guid.NewGuid(), Now.AddDays(8)).Should().BeNull();
        declined.Accept(Guid.NewGuid(), Now).Should().BeNull();
        revoked.Accept(Guid.NewGuid(), Now).Should().BeNull();
        revoked.Revoke(Now).Should().BeTrue("revoking again is a no-op");
        revoked.StatusAt(Now).Should().Be(InvitationStatus.Revoked);
        expired.Revoke(Now.AddDays(8)).Should().BeTrue("an expired one can be revoked so it is replaced");
        expired.StatusAt(Now.AddDays(8)).Should().Be(InvitationStatus.Revoked);
    }
}
