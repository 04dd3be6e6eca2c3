using Meetinity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Core.Tests.ApplicationServices;

/// <summary>The host with this assembly's sample application services added.</summary>
public sealed class SampleServicesFixture : HostFixture
{
    protected override MeetinityHostFactory CreateFactory(string connectionString) =>
        new(connectionString, configureServices: services =>
            services.AddControllers().AddApplicationPart(typeof(SampleServicesFixture).Assembly));
}
