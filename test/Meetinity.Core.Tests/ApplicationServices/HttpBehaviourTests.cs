using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Meetinity.Core.Tests.ApplicationServices;

public sealed class HttpBehaviourTests(SampleServicesFixture fixture) : IClassFixture<SampleServicesFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        return problem;
    }

    [Fact]
    public async Task Json_is_snake_case_with_utc_timestamps()
    {
        var response = await _client.PostAsync(new Uri("greeting", UriKind.Relative), Json("""{"display_name": "ab", "repeat": 2}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("display_name").GetString().ShouldBe("abab");
        body.GetProperty("created_at").GetString().ShouldBe("2026-11-25T04:19:48Z");
        Guid.Parse(body.GetProperty("id").GetString()!).Version.ShouldBe(7);
    }

    [Fact]
    public async Task Route_and_query_parameters_bind()
    {
        var id = Guid.NewGuid();

        var got = await _client.GetFromJsonAsync<JsonElement>(new Uri($"greeting/{id}", UriKind.Relative));
        var listed = await _client.GetFromJsonAsync<JsonElement>(new Uri("greeting?filter=xyz", UriKind.Relative));
        var published = await _client.PostAsync(new Uri($"greeting/{id}/publish", UriKind.Relative), null);

        got.GetProperty("id").GetGuid().ShouldBe(id);
        listed[0].GetProperty("display_name").GetString().ShouldBe("xyz");
        (await published.Content.ReadAsStringAsync()).ShouldContain(id.ToString());
    }

    [Theory]
    [InlineData("{\"display_name\": ")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public async Task Malformed_json_is_a_validation_problem_without_parser_internals(string body)
    {
        var response = await _client.PostAsync(new Uri("greeting", UriKind.Relative), Json(body));

        var problem = await ProblemAsync(response, 400);
        problem.GetProperty("error").GetString().ShouldBe("validation_failed");
        problem.GetProperty("errors").GetProperty("body")[0].GetString().ShouldNotBeNull().ShouldNotContain("LineNumber");
    }

    [Fact]
    public async Task A_wrongly_typed_field_names_the_field()
    {
        var response = await _client.PostAsync(new Uri("greeting", UriKind.Relative), Json("""{"display_name": "a", "repeat": "many"}"""));

        var problem = await ProblemAsync(response, 400);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain("repeat");
        problem.ToString().ShouldNotContain("System.");
    }

    [Fact]
    public async Task Json_nested_deeper_than_the_limit_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);

        var response = await _client.PostAsync(new Uri("greeting", UriKind.Relative), Json(deep));

        await ProblemAsync(response, 400);
    }

    [Fact]
    public async Task A_wrong_content_type_is_415()
    {
        var response = await _client.PostAsync(new Uri("greeting", UriKind.Relative),
            new StringContent("display_name=a", Encoding.UTF8, "application/x-www-form-urlencoded"));

        var problem = await ProblemAsync(response, 415);
        problem.GetProperty("error").GetString().ShouldBe("unsupported_media_type");
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var huge = "{\"display_name\": \"" + new string('x', 2 * 1024 * 1024) + "\", \"repeat\": 1}";

        var response = await _client.PostAsync(new Uri("greeting", UriKind.Relative), Json(huge));

        var problem = await ProblemAsync(response, 413);
        problem.GetProperty("error").GetString().ShouldBe("payload_too_large");
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var problem = await ProblemAsync(await _client.GetAsync(new Uri("no/such/thing", UriKind.Relative)), 404);

        problem.GetProperty("error").GetString().ShouldBe("not_found");
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        var problem = await ProblemAsync(await _client.PatchAsync(new Uri("sample/numbers", UriKind.Relative), null), 405);

        problem.GetProperty("error").GetString().ShouldBe("method_not_allowed");
    }

    [Theory]
    [InlineData("not-found", 404, "not_found")]
    [InlineData("forbidden", 403, "forbidden")]
    [InlineData("conflict", 409, "account_exists")]
    [InlineData("business", 400, "client_challenge_required")]
    [InlineData("validation", 400, "validation_failed")]
    public async Task Api_exceptions_become_their_problems(string kind, int status, string error)
    {
        var problem = await ProblemAsync(await _client.PostAsync(new Uri($"sample/fail/{kind}", UriKind.Relative), null), status);

        problem.GetProperty("error").GetString().ShouldBe(error);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrEmpty();
        problem.TryGetProperty("trace_id", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Validation_problems_list_fields()
    {
        var problem = await ProblemAsync(await _client.PostAsync(new Uri("sample/fail/validation", UriKind.Relative), null), 400);

        problem.GetProperty("errors").GetProperty("display_name")[0].GetString().ShouldBe("Too long.");
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_that_leaks_nothing_and_is_logged()
    {
        var response = await _client.PostAsync(new Uri("sample/fail/boom", UriKind.Relative), null);

        var problem = await ProblemAsync(response, 500);
        problem.GetProperty("error").GetString().ShouldBe("internal_error");
        var text = problem.ToString();
        text.ShouldNotContain("secret_table");
        text.ShouldNotContain("InvalidOperationException");
        fixture.Factory.Logs.All.ShouldContain("secret_table");
    }

    [Theory]
    [InlineData("", 1, 20)]
    [InlineData("?page=3&per_page=5", 3, 5)]
    [InlineData("?per_page=1000", 1, 100)]
    [InlineData("?page=2&cache_buster=123", 2, 20)]
    public async Task Paging_follows_the_contract(string query, int page, int perPage)
    {
        var body = await _client.GetFromJsonAsync<JsonElement>(new Uri("sample/numbers" + query, UriKind.Relative));

        body.GetProperty("page").GetInt32().ShouldBe(page);
        body.GetProperty("per_page").GetInt32().ShouldBe(perPage);
        body.GetProperty("items").GetArrayLength().ShouldBe(perPage);
        body.GetProperty("items")[0].GetInt32().ShouldBe((page - 1) * perPage);
        body.GetProperty("total").GetInt64().ShouldBe(10_000);
        body.GetProperty("total_relation").GetString().ShouldBe("gte");
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?per_page=-1", "per_page")]
    [InlineData("?per_page=1.5", "per_page")]
    public async Task Bad_paging_is_a_400_naming_the_parameter(string query, string field)
    {
        var problem = await ProblemAsync(await _client.GetAsync(new Uri("sample/numbers" + query, UriKind.Relative)), 400);

        problem.GetProperty("errors").GetProperty(field).GetArrayLength().ShouldBe(1);
    }
}
