using System.Security.Claims;
using Meetinity.Core.Users;
using Microsoft.AspNetCore.Http;

namespace Meetinity.Core.Tests.Users;

public sealed class HttpContextCurrentUserTests
{
    private static HttpContextCurrentUser For(params Claim[] claims) => new(new HttpContextAccessor
    {
        HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, claims.Length > 0 ? "Bearer" : null)) },
    });

    [Fact]
    public void Reads_subject_session_and_roles_from_the_token_claims()
    {
        var id = Guid.CreateVersion7();
        var session = Guid.CreateVersion7();

        var user = For(new Claim("sub", id.ToString()), new Claim("sid", session.ToString()), new Claim("role", "admin"));

        user.IsAuthenticated.ShouldBeTrue();
        user.Id.ShouldBe(id);
        user.SessionId.ShouldBe(session);
        user.IsInRole("admin").ShouldBeTrue();
        user.IsInRole("user").ShouldBeFalse();
    }

    [Fact]
    public void Anonymous_callers_have_no_id()
    {
        var user = For();

        user.IsAuthenticated.ShouldBeFalse();
        user.Id.ShouldBeNull();
        user.IsInRole("admin").ShouldBeFalse();
    }

    [Fact]
    public void A_subject_that_is_not_an_id_is_not_authenticated()
    {
        For(new Claim("sub", "not-a-guid")).IsAuthenticated.ShouldBeFalse();
    }
}
