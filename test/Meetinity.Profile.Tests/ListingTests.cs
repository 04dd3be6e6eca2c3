using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Meetinity.TestKit;

namespace Meetinity.Profile.Tests;

/// <summary>A small directory of people, listed and searched by a viewer who is none of them.</summary>
public sealed class ListingFixture : ServiceFixture
{
    public HttpClient Viewer { get; private set; } = null!;

    public Guid ViewerId { get; private set; }

    public Dictionary<string, Guid> People { get; } = [];

    public Dictionary<string, HttpClient> Clients { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (Viewer, ViewerId, _) = await SignInAsync(name: "Viewer Person");
        await ViewerProfileHiddenAsync();
        await AddAsync("Ada Lovelace", new { title = "Software Engineer", company = "Analytical Engines", industry = "Software", location = "London, UK", experience_years = 12, skills = new[] { "C#", "PostgreSQL" }, bio = "Writes the first programs." });
        await AddAsync("Grace Hopper", new { title = "Rear Admiral", company = "US Navy", industry = "software", location = "Arlington", experience_years = 40, skills = new[] { "COBOL", "Compilers" }, bio = "Found a moth in the relay." });
        await AddAsync("Linus Torvalds", new { title = "Kernel Engineer", company = "Linux Foundation", industry = "Software", location = "Portland", experience_years = 30, skills = new[] { "C", "Git" } });
        await AddAsync("Marie Curie", new { title = "Physicist", company = "Sorbonne", industry = "Research", location = "Paris", experience_years = 35, skills = new[] { "Radioactivity", "c#" }, bio = "100% dedicated_to science \\ physics" });
        await AddAsync("Hidden Inactive", new { title = "Software Engineer", industry = "Software", status = "inactive" });
        await AddAsync("Hidden Private", new { title = "Software Engineer", industry = "Software", preferences = new { profile_visibility = "private" } });
        await AddAsync("Friends Only", new { title = "Software Engineer", industry = "Software", preferences = new { profile_visibility = "connections" } });
        await AddAsync("Suspended Person", new { title = "Software Engineer", industry = "Software" });
        var (admin, _, _) = await SignInAsync(AdminEmail, name: "Admin Person");
        await admin.UpdateUserAsync((await admin.GetJsonAsync("/auth/profile")).GetProperty("user").GetProperty("id").GetGuid(), new { status = "inactive" });
        (await admin.PutAsJsonAsync(new Uri($"/users/{People["Suspended Person"]}/suspension", UriKind.Relative), new { suspended = true })).EnsureSuccessStatusCode();
    }

    private async Task ViewerProfileHiddenAsync() => await Viewer.UpdateUserAsync(ViewerId, new { status = "inactive" });

    private async Task AddAsync(string name, object profile)
    {
        var (client, id, _) = await SignInAsync(name: name);
        await client.UpdateUserAsync(id, profile);
        People[name] = id;
        Clients[name] = client;
    }
}

public sealed class ListingTests(ListingFixture fixture) : IClassFixture<ListingFixture>
{
    private Task<JsonElement> ListAsync(string query, HttpStatusCode expected = HttpStatusCode.OK) => fixture.Viewer.GetJsonAsync("/users" + query, expected);

    [Fact]
    public async Task The_list_shows_only_discoverable_profiles_with_paging_fields()
    {
        var page = await ListAsync("?sort=name");
        page.Names().ShouldBe(["Ada Lovelace", "Grace Hopper", "Linus Torvalds", "Marie Curie"]);
        page.GetProperty("total").GetInt64().ShouldBe(4);
        page.GetProperty("total_relation").GetString().ShouldBe("eq");
        page.GetProperty("page").GetInt32().ShouldBe(1);
        page.GetProperty("per_page").GetInt32().ShouldBe(20);
        page.GetProperty("items")[0].TryGetProperty("email", out _).ShouldBeFalse();
        page.GetProperty("items")[0].TryGetProperty("role", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_connection_sees_a_connections_only_profile()
    {
        var friend = fixture.Clients["Friends Only"];
        var request = await (await friend.PostAsJsonAsync(new Uri("/connections", UriKind.Relative), new { user_id = fixture.People["Ada Lovelace"] })).Content.ReadFromJsonAsync<JsonElement>();
        var ada = fixture.Clients["Ada Lovelace"];
        (await ada.PostAsync(new Uri($"/connections/{request.GetProperty("connection").GetProperty("id").GetGuid()}/accept", UriKind.Relative), null)).EnsureSuccessStatusCode();

        (await ada.GetJsonAsync("/users?industry=software&sort=name")).Names().ShouldContain("Friends Only");
        (await ListAsync("?industry=software")).Names().ShouldNotContain("Friends Only");
        (await ada.GetAsync(new Uri($"/users/{fixture.People["Friends Only"]}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.Viewer.GetAsync(new Uri($"/users/{fixture.People["Friends Only"]}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Viewer.GetAsync(new Uri($"/users/{fixture.People["Hidden Private"]}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Viewer.GetAsync(new Uri($"/users/{fixture.People["Suspended Person"]}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("?industry=SOFTWARE&sort=name", new[] { "Ada Lovelace", "Grace Hopper", "Linus Torvalds" })]
    [InlineData("?industry=soft", new string[0])]
    [InlineData("?location=lon&sort=name", new[] { "Ada Lovelace" })]
    [InlineData("?location=AR&sort=name", new[] { "Grace Hopper", "Marie Curie" })]
    [InlineData("?min_experience=30&max_experience=35&sort=name", new[] { "Linus Torvalds", "Marie Curie" })]
    [InlineData("?skills=c%23&sort=name", new[] { "Ada Lovelace", "Marie Curie" })]
    [InlineData("?skills=C%23,%20postgresql", new[] { "Ada Lovelace" })]
    [InlineData("?skills=c", new[] { "Linus Torvalds" })]
    [InlineData("?sort=-experience", new[] { "Grace Hopper", "Marie Curie", "Linus Torvalds", "Ada Lovelace" })]
    [InlineData("?sort=experience&per_page=2&page=2", new[] { "Marie Curie", "Grace Hopper" })]
    [InlineData("?location=%25", new string[0])]
    [InlineData("?location=_", new string[0])]
    [InlineData("?sort=name&cache_buster=123", new[] { "Ada Lovelace", "Grace Hopper", "Linus Torvalds", "Marie Curie" })]
    public async Task Filters_and_sorts_follow_the_contract(string query, string[] expected) =>
        (await ListAsync(query)).Names().ShouldBe(expected);

    [Fact]
    public async Task Per_page_above_100_is_clamped() =>
        (await ListAsync("?per_page=1000")).GetProperty("per_page").GetInt32().ShouldBe(100);

    [Theory]
    [InlineData("?sort=salary", "sort", "name, experience, created_at, updated_at")]
    [InlineData("?sort=relevance", "sort", "name")]
    [InlineData("?page=0", "page", "at least 1")]
    [InlineData("?page=abc", "page", "whole number")]
    [InlineData("?per_page=-5", "per_page", "at least 1")]
    [InlineData("?min_experience=ten", "min_experience", "0 to 80")]
    [InlineData("?max_experience=-1", "max_experience", "0 to 80")]
    [InlineData("?min_experience=10&max_experience=5", "min_experience", "greater than max_experience")]
    [InlineData("?skills=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u", "skills", "at most 20")]
    [InlineData("?industry=%00", "industry", "control characters")]
    public async Task Bad_filters_are_400_saying_what_is_allowed(string query, string field, string hint)
    {
        var problem = await ListAsync(query, HttpStatusCode.BadRequest);
        problem.GetProperty("error").GetString().ShouldBe("validation_failed");
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(hint);
    }
}
