namespace Zeron.SharedKernel.Persistence;

/// <summary>Start-up work of a module that runs after all migrations (seed data, recurring jobs).</summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
