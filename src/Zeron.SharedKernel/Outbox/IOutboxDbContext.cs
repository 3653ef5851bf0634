using Microsoft.EntityFrameworkCore;

namespace Zeron.SharedKernel.Outbox;

/// <summary>A module DbContext that owns an outbox table (see <see cref="OutboxModelBuilderExtensions"/>).</summary>
public interface IOutboxDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
}
