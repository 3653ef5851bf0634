namespace Zeron.Integrations.Llm.Domain;

/// <summary>
/// An organization's monthly AI budget in USD (UTC calendar month). No row means no limit. The row is also what a
/// reservation locks (<c>SELECT … FOR UPDATE</c>), so two calls never both take the last dollar.
/// </summary>
internal sealed class AiBudget
{
    public Guid OrganizationId { get; init; }

    public decimal? MonthlyUsd { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
