using System.Text.Json;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Xunit;
using Zeron.Accounts.Contracts.Organizations;
using Zeron.SharedKernel.Outbox;
using Zeron.SharedKernel.Persistence;

namespace Zeron.UnitTests.SharedKernel.Outbox;

public sealed class OutboxModelBuilderExtensionsTests
{
    /// <summary>Nothing connects until SaveChanges, so a dummy connection string is enough to track and model.</summary>
    private sealed class OutboxProbeContext(DbContextOptions<OutboxProbeContext> options) : ModuleDbContext(options, "probe")
    {
        public static OutboxProbeContext Create() =>
            new(new DbContextOptionsBuilder<OutboxProbeContext>().UseNpgsql("Host=unused").Options);
    }

    /// <summary>The options the outbox dispatcher deserializes with (JsonSerializerDefaults.Web).</summary>
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static readonly OrganizationCreated Event = new(
        Guid.Parse("0195f3c1-0000-7000-8000-000000000001"),
        new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
        Guid.Parse("0195f3c1-0000-7000-8000-000000000002"),
        "Acme Corp",
        "acme-corp");

    [Fact]
    public void AddIntegrationEvent_tracks_one_added_message_with_the_event_id_and_time()
    {
        using var db = OutboxProbeContext.Create();

        db.AddIntegrationEvent(Event);

        var entry = db.ChangeTracker.Entries<OutboxMessage>().Should().ContainSingle().Subject;
        entry.State.Should().Be(EntityState.Added);
        entry.Entity.Id.Should().Be(Event.EventId);
        entry.Entity.OccurredAt.Should().Be(Event.OccurredAt);
        entry.Entity.ProcessedAt.Should().BeNull();
        entry.Entity.Attempts.Should().Be(0);
    }

    [Fact]
    public void The_stored_type_is_the_event_stable_name_not_its_clr_name_and_fits_its_column()
    {
        using var db = OutboxProbeContext.Create();

        db.AddIntegrationEvent(Event);

        var message = db.ChangeTracker.Entries<OutboxMessage>().Single().Entity;
        message.Type.Should().Be("accounts.organization_created");
        message.Type.Should().NotContain(nameof(OrganizationCreated), "moving or renaming the type must not strand stored rows");
        message.Type.Length.Should().BeLessThanOrEqualTo(300);
    }

    [Fact]
    public void The_payload_round_trips_to_an_equal_event_using_web_json_conventions()
    {
        using var db = OutboxProbeContext.Create();

        db.AddIntegrationEvent(Event);

        var message = db.ChangeTracker.Entries<OutboxMessage>().Single().Entity;
        JsonSerializer.Deserialize<OrganizationCreated>(message.Payload, WebJson)
            .Should().Be(Event);
        using var payload = JsonDocument.Parse(message.Payload);
        payload.RootElement.GetProperty("organizationId").GetGuid().Should().Be(Event.OrganizationId);
    }

    [Fact]
    public void ApplyEventTables_maps_outbox_messages_as_jsonb_in_the_context_schema()
    {
        using var db = OutboxProbeContext.Create();

        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;

        entity.GetTableName().Should().Be("outbox_messages");
        entity.GetSchema().Should().Be("probe");
        entity.FindProperty(nameof(OutboxMessage.Payload))!.GetColumnType().Should().Be("jsonb");
        entity.FindProperty(nameof(OutboxMessage.Type))!.GetMaxLength().Should().Be(300);
        entity.GetIndexes().Should().ContainSingle(i => i.GetFilter() == "processed_at IS NULL");
    }

    [Fact]
    public void ApplyEventTables_maps_inbox_messages_like_the_outbox_in_the_context_schema()
    {
        using var db = OutboxProbeContext.Create();

        var entity = db.Model.FindEntityType(typeof(InboxMessage))!;

        entity.GetTableName().Should().Be("inbox_messages");
        entity.GetSchema().Should().Be("probe");
        entity.FindPrimaryKey()!.Properties.Should().ContainSingle().Which.Name.Should().Be(nameof(InboxMessage.Id), "one copy per event and consumer");
        entity.FindProperty(nameof(InboxMessage.Payload))!.GetColumnType().Should().Be("jsonb");
        entity.GetIndexes().Should().ContainSingle(i => i.GetFilter() == "processed_at IS NULL");
        db.Model.FindEntityType(typeof(StoredEvent)).Should().BeNull("the shared base is not a table of its own");
    }
}
