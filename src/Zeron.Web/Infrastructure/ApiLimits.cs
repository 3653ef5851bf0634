namespace Zeron.Web.Infrastructure;

/// <summary>Request limits (<c>Zeron:Api:MaxRequestBodyBytes</c>); bigger bodies get 413 before anything reads them.</summary>
internal sealed record ApiLimits(long MaxRequestBodyBytes)
{
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static ApiLimits From(IConfiguration configuration) =>
        new(configuration.GetValue("Zeron:Api:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes));
}
