using Xunit;

namespace Meetinity.TestKit;

/// <summary>A test class's own migrated database and host; derive to add settings or services.</summary>
public class HostFixture : IAsyncLifetime
{
    private MeetinityHostFactory? _factory;

    public MeetinityHostFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string ConnectionString { get; private set; } = string.Empty;

    public HttpClient CreateClient() => Factory.CreateClient();

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestServers.CreateDatabaseAsync();
        _factory = CreateFactory(ConnectionString);
        _factory.StartServer();
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    protected virtual MeetinityHostFactory CreateFactory(string connectionString) => new(connectionString);
}
