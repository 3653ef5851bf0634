namespace Zeron.SharedKernel.Persistence;

/// <summary>A module's database: the host applies every module's migrations at start, before anything else runs.</summary>
public interface IModuleDatabase
{
    string Module { get; }

    Task MigrateAsync(CancellationToken cancellationToken);
}
