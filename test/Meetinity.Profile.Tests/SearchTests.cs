using System.Net;
using System.Text.Json;

namespace Meetinity.Profile.Tests;

public sealed class SearchTests(ListingFixture fixture) : IClassFixture<ListingFixture>
{
    private Task<JsonElement> SearchAsync(string query, HttpStatusCode expected = HttpStatusCode.OK) =>
        fixture.Viewer.GetJsonAsync("/users/search?q=" + query, expected);

    [Fact]
    public async Task A_name_is_found_and_the_answer_carries_the_query()
    {
        var result = await SearchAsync("lovelace");
        result.Names().ShouldBe(["Ada Lovelace"]);
        result.GetProperty("query").GetString().ShouldBe("lovelace");
        result.GetProperty("total").GetInt64().ShouldBe(1);
        result.GetProperty("page").GetInt32().ShouldBe(1);
        result.GetProperty("per_page").GetInt32().ShouldBe(20);
    }

    [Theory]
    [InlineData("engineer", new[] { "Ada Lovelace", "Linus Torvalds" })]
    [InlineData("engineering", new[] { "Ada Lovelace", "Linus Torvalds" })]
    [InlineData("enginer", new[] { "Ada Lovelace", "Linus Torvalds" })]
    [InlineData("torvlds", new[] { "Linus Torvalds" })]
    [InlineData("compil", new[] { "Grace Hopper" })]
    [InlineData("postgresql", new[] { "Ada Lovelace" })]
    [InlineData("sorbonne", new[] { "Marie Curie" })]
    [InlineData("moth", new[] { "Grace Hopper" })]
    public async Task Words_stems_typos_and_prefixes_find_the_person(string q, string[] expected) =>
        (await SearchAsync(q + "&sort=name")).Names().ShouldBe(expected);

    [Fact]
    public async Task Relevance_puts_a_name_match_before_a_bio_match()
    {
        var (client, id, _) = await fixture.SignInAsync(name: "Radia Perlman");
        await client.UpdateUserAsync(id, new { bio = "Admires Grace Hopper." });
        (await SearchAsync("hopper")).Names().ShouldBe(["Grace Hopper", "Radia Perlman"]);
        (await SearchAsync("hopper&sort=-relevance")).Names().ShouldBe(["Radia Perlman", "Grace Hopper"]);
    }

    [Fact]
    public async Task Search_combines_with_filters_and_hides_what_lists_hide()
    {
        (await SearchAsync("engineer&location=portland")).Names().ShouldBe(["Linus Torvalds"]);
        (await SearchAsync("engineer&min_experience=20")).Names().ShouldBe(["Linus Torvalds"]);
        (await SearchAsync("hidden")).Names().ShouldBeEmpty();
        (await SearchAsync("suspended")).Names().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("%22%27%3B%20DROP%20TABLE%20profile.profiles%3B--")]
    [InlineData("%25")]
    [InlineData("_")]
    [InlineData("%5C")]
    [InlineData("100%25")]
    [InlineData("dedicated_to")]
    [InlineData("%F0%9F%98%80")]
    [InlineData("%E4%B8%AD%E6%96%87")]
    [InlineData("%22unterminated")]
    [InlineData("a%20%26%20b%20%7C%20!c%20%3C-%3E%20d%3A*")]
    [InlineData("or")]
    public async Task Any_text_is_only_text_to_search_for(string q)
    {
        var result = await SearchAsync(q);
        result.GetProperty("items").ValueKind.ShouldBe(JsonValueKind.Array);
        (await fixture.ScalarAsync("SELECT count(*) FROM profile.profiles")).ShouldBeGreaterThan(8);
    }

    [Fact]
    public async Task Percent_and_underscore_match_only_themselves() =>
        (await SearchAsync("100%25")).Names().ShouldBe(["Marie Curie"]);

    [Theory]
    [InlineData("", "q")]
    [InlineData("%20%20", "q")]
    [InlineData("x&sort=popularity", "sort")]
    [InlineData("x&page=-1", "page")]
    [InlineData("a%00b", "q")]
    public async Task Bad_searches_are_400(string q, string field) =>
        (await SearchAsync(q, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();

    [Fact]
    public async Task A_query_over_200_characters_is_400_and_200_is_fine()
    {
        (await SearchAsync(new string('a', 201), HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("q")[0].GetString()!.ShouldContain("200");
        await SearchAsync(new string('a', 200));
    }

    [Fact]
    public async Task Missing_q_is_400() =>
        (await fixture.Viewer.GetJsonAsync("/users/search", HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("q", out _).ShouldBeTrue();
}
