using Meetinity.Core.Errors;
using Meetinity.Core.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Meetinity.Core.Tests.ApplicationServices;

public sealed record GreetingDto(Guid Id, string DisplayName, DateTimeOffset CreatedAt);

public sealed record GreetingInput(string DisplayName, int Repeat);

public interface IGreetingAppService : IApplicationService
{
    Task<GreetingDto> GetAsync(Guid id);

    Task<IReadOnlyList<GreetingDto>> ListAsync(string? filter);

    Task<GreetingDto> CreateAsync(GreetingInput input);

    Task<GreetingDto> UpdateAsync(Guid id, GreetingInput input);

    Task DeleteAsync(Guid id);

    Task<string> PublishAsync(Guid id);
}

/// <summary>No attributes: verbs and routes come from the convention.</summary>
public class GreetingAppService : IGreetingAppService
{
    internal static readonly DateTimeOffset s_created = new(2026, 11, 25, 6, 19, 48, 123, TimeSpan.FromHours(2));

    public Task<GreetingDto> GetAsync(Guid id) => Task.FromResult(new GreetingDto(id, "hello", s_created));

    public Task<IReadOnlyList<GreetingDto>> ListAsync(string? filter) =>
        Task.FromResult<IReadOnlyList<GreetingDto>>([new GreetingDto(Guid.Empty, filter ?? "none", s_created)]);

    public Task<GreetingDto> CreateAsync(GreetingInput input) =>
        Task.FromResult(new GreetingDto(Guid.CreateVersion7(), string.Concat(Enumerable.Repeat(input.DisplayName, input.Repeat)), s_created));

    public Task<GreetingDto> UpdateAsync(Guid id, GreetingInput input) => Task.FromResult(new GreetingDto(id, input.DisplayName, s_created));

    public Task DeleteAsync(Guid id) => Task.CompletedTask;

    public Task<string> PublishAsync(Guid id) => Task.FromResult($"published {id}");

    /// <summary>Public, but on no application-service interface: not exposed.</summary>
    public string Secret() => "never over HTTP";
}

public interface IFailingAppService : IApplicationService
{
    Task<PagedResult<int>> NumbersAsync(string? page, string? perPage);

    Task FailAsync(string kind);
}

/// <summary>Routes fixed by attributes, as the modules do where the contract fixes paths.</summary>
[Route("sample")]
public class FailingAppService : IFailingAppService
{
    [HttpGet("numbers")]
    public Task<PagedResult<int>> NumbersAsync(string? page, [FromQuery(Name = "per_page")] string? perPage)
    {
        var request = PageRequest.Parse(page, perPage);
        var items = Enumerable.Range(request.Skip, request.PerPage).ToList();
        return Task.FromResult(PagedResult<int>.Create(items, request, MatchCount.FromCapped(50_000)));
    }

    [HttpPost("fail/{kind}")]
    public Task FailAsync(string kind) => kind switch
    {
        "not-found" => throw new NotFoundException(),
        "forbidden" => throw new ForbiddenException(),
        "conflict" => throw new ConflictException("Already there.", "account_exists"),
        "validation" => throw new RequestValidationException("display_name", "Too long."),
        "business" => throw new BusinessException("client_challenge_required", "A client_challenge is required."),
        _ => throw new InvalidOperationException("Npgsql: relation \"identity.secret_table\" does not exist"),
    };
}

/// <summary>Abstract: never a controller.</summary>
public abstract class AbstractAppService : IApplicationService
{
    public abstract Task<int> GetAsync();
}

/// <summary>Not public: never a controller.</summary>
internal sealed class HiddenAppService : IApplicationService
{
    public static Task<int> GetAsync() => Task.FromResult(1);
}
