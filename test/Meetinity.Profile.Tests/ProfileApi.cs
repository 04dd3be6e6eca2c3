using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Meetinity.Profile.Tests;

/// <summary>Small helpers over the <c>/users</c> endpoints.</summary>
internal static class ProfileApi
{
    public static async Task<JsonElement> GetUserAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync(new Uri($"/users/{id}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user");
    }

    public static Task<HttpResponseMessage> PutUserAsync(this HttpClient client, Guid id, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/users/{id}", UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> UpdateUserAsync(this HttpClient client, Guid id, object body)
    {
        var response = await client.PutUserAsync(id, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user");
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    public static IEnumerable<string> Names(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()!);
}
