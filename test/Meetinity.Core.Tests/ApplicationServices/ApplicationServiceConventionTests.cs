using Meetinity.Core.ApplicationServices;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Core.Tests.ApplicationServices;

public sealed class ApplicationServiceConventionTests(SampleServicesFixture fixture) : IClassFixture<SampleServicesFixture>
{
    private IReadOnlyList<ControllerActionDescriptor> Actions =>
        fixture.Factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<ControllerActionDescriptor>().ToList();

    private static string Verb(ActionDescriptor action) =>
        action.ActionConstraints!.OfType<HttpMethodActionConstraint>().Single().HttpMethods.Single();

    [Theory]
    [InlineData("GetAsync", "GET", "greeting/{id}")]
    [InlineData("ListAsync", "GET", "greeting")]
    [InlineData("CreateAsync", "POST", "greeting")]
    [InlineData("UpdateAsync", "PUT", "greeting/{id}")]
    [InlineData("DeleteAsync", "DELETE", "greeting/{id}")]
    [InlineData("PublishAsync", "POST", "greeting/{id}/publish")]
    public void Verb_and_route_come_from_the_method_name(string method, string verb, string template)
    {
        var action = Actions.Single(a => a.ControllerTypeInfo.AsType() == typeof(GreetingAppService) && a.MethodInfo.Name == method);

        Verb(action).ShouldBe(verb);
        action.AttributeRouteInfo!.Template.ShouldBe(template);
    }

    [Theory]
    [InlineData("NumbersAsync", "GET", "sample/numbers")]
    [InlineData("FailAsync", "POST", "sample/fail/{kind}")]
    public void Attributes_fix_verb_and_route(string method, string verb, string template)
    {
        var action = Actions.Single(a => a.MethodInfo.Name == method);

        Verb(action).ShouldBe(verb);
        action.AttributeRouteInfo!.Template.ShouldBe(template);
    }

    [Fact]
    public void Only_application_service_interface_methods_of_public_concrete_services_are_exposed()
    {
        var exposed = Actions.Where(a => a.ControllerTypeInfo.Namespace == typeof(GreetingAppService).Namespace).ToList();

        exposed.Select(a => a.MethodInfo.Name).ShouldNotContain(nameof(GreetingAppService.Secret));
        exposed.ShouldNotContain(a => a.ControllerTypeInfo.AsType() == typeof(AbstractAppService));
        exposed.ShouldNotContain(a => a.ControllerTypeInfo.Name == "HiddenAppService");
        exposed.Count.ShouldBe(8);
        exposed.First(a => a.ControllerTypeInfo.AsType() == typeof(GreetingAppService)).ControllerName.ShouldBe("Greeting");
    }

    [Fact]
    public async Task A_method_that_is_not_exposed_has_no_route()
    {
        using var client = fixture.CreateClient();

        var response = await client.PostAsync(new Uri("greeting/secret", UriKind.Relative), null);

        ((int)response.StatusCode).ShouldBeOneOf(404, 405);
    }

    [Theory]
    [InlineData("Get", "GET", "")]
    [InlineData("GetListAsync", "GET", "List")]
    [InlineData("FindByEmailAsync", "GET", "ByEmail")]
    [InlineData("SearchAsync", "GET", "")]
    [InlineData("RemoveAsync", "DELETE", "")]
    [InlineData("SetRoleAsync", "PUT", "Role")]
    [InlineData("PatchAsync", "PATCH", "")]
    [InlineData("Settle", "POST", "Settle")]
    [InlineData("AcceptAsync", "POST", "Accept")]
    public void Verb_prefixes_are_whole_words(string method, string verb, string remainder)
    {
        HttpVerbConvention.FromMethodName(method).ShouldBe((verb, remainder));
    }

    [Theory]
    [InlineData("ProfileAppService", "Profile")]
    [InlineData("SettingsApplicationService", "Settings")]
    [InlineData("AuditService", "Audit")]
    [InlineData("Service", "Service")]
    [InlineData("Connections", "Connections")]
    public void Service_names_lose_their_suffix(string typeName, string name)
    {
        ApplicationServiceConvention.ServiceName(typeName).ShouldBe(name);
    }
}
