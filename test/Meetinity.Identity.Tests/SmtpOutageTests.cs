using System.Net.Http.Json;

namespace Meetinity.Identity.Tests;

/// <summary>The host starts while its SMTP server is down.</summary>
public sealed class SmtpDownFixture : LocalAccountsFixture
{
    public override bool StartSmtp => false;
}

public sealed class SmtpOutageTests(SmtpDownFixture fixture) : IClassFixture<SmtpDownFixture>
{
    [Fact]
    public async Task A_mail_owed_while_smtp_is_down_arrives_when_it_is_back_and_the_request_did_not_wait()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var started = DateTime.UtcNow;
        var response = await fixture.Client().PostAsJsonAsync(new Uri("/auth/register", UriKind.Relative), new { email, password = "correct horse battery staple", name = "N" });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Accepted);
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));

        // The dispatcher on the host tries at once and fails (nothing listens on the port).
        long failed = 0;
        await using (var db = new ScalarQuery(fixture.ConnectionString))
        {
            for (var i = 0; i < 100 && failed == 0; i++)
            {
                await Task.Delay(100);
                failed = await db.CountAsync("SELECT count(*) FROM identity.mail_queue WHERE \"to\" = $1 AND sent_at IS NULL AND attempts >= 1", email);
            }
        }

        failed.ShouldBe(1);
        fixture.StartSmtpNow();
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var mail = await fixture.Smtp.WaitForAsync(email, "Confirm your e-mail");
        FakeSmtpServer.TokenIn(mail).ShouldNotBeNullOrEmpty();
    }
}
