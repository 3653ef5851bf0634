namespace Zeron.SharedKernel.Network;

/// <summary><c>Zeron:Network</c> settings.</summary>
public sealed class NetworkOptions
{
    public const string Section = "Zeron:Network";

    /// <summary>
    /// Lets every outbound connection Zeron makes for a tenant (webhooks, organization connections such as LLM providers)
    /// reach loopback, private, link-local and other non-public addresses
    /// (<c>Zeron__Network__AllowPrivateTargets=true</c>): for tests and for services inside the company's own network.
    /// Off by default (server-side request forgery).
    /// </summary>
    public bool AllowPrivateTargets { get; set; }
}
