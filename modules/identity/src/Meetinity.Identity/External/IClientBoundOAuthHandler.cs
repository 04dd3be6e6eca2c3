using Microsoft.AspNetCore.Authentication;

namespace Meetinity.Identity.External;

/// <summary>A provider handler whose code redemption the module drives itself, after it has taken and checked the state.</summary>
internal interface IClientBoundOAuthHandler
{
    /// <summary>Redeems the code in the request's query and returns the provider's identity (or the failure).</summary>
    Task<HandleRequestResult> RedeemAsync();
}
