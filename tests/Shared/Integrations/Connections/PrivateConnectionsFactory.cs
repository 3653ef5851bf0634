namespace Zeron.Tests.Shared;

/// <summary>An app whose connections may reach loopback (the stand-ins run there), as <c>Zeron__Network__AllowPrivateTargets=true</c> allows.</summary>
public sealed class PrivateConnectionsFactory : ZeronAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Zeron:Network:AllowPrivateTargets"] = "true",
    };
}
