using AwesomeAssertions;
using Npgsql;
using Xunit;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Host;

/// <summary>
/// Every table that holds an <c>organization_id</c> is tenant data and gets row-level security (enabled, forced, with a
/// policy) in its migration (ADR 3), unless it is one of the few listed here with the reason it is not: a new module's
/// tenant table without its policy fails this test.
/// </summary>
public sealed class RowLevelSecurityCoverageTests(ZeronAppFactory app) : IClassFixture<ZeronAppFactory>
{
    private static readonly Dictionary<string, string> NotTenantData = new()
    {
        ["accounts.memberships"] = "Accounts decides membership itself: it is the tenancy decision, read before any organization is set",
        ["accounts.api_keys"] = "looked up by key before the organization is known; Accounts filters by organization in every query",
        ["accounts.invitations"] = "looked up by link token or by the invitee's email, across organizations, before any is set; Accounts filters by organization in every admin query (ADR 18)",
        ["analytics.organizations"] = "the platform's list of organizations, for Zeron's operators, not an organization's own data",
    };

    [Fact]
    public async Task Every_table_with_an_organization_id_has_row_level_security_or_a_stated_reason()
    {
        await using var db = await app.OpenDatabaseAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT n.nspname || '.' || c.relname, c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.attname = 'organization_id' AND c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'hangfire')
            ORDER BY 1
            """, db);
        var tables = new List<(string Table, bool Secured)>();
        await using (var reader = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }

        tables.Select(t => t.Table).Should().Contain("feedback.feedback_items", "the check reads the real schemas");
        tables.Where(t => !t.Secured && !NotTenantData.ContainsKey(t.Table)).Select(t => t.Table)
            .Should().BeEmpty("tenant tables need ENABLE and FORCE ROW LEVEL SECURITY and a policy (RowLevelSecurity.TenantPredicate)");
        NotTenantData.Keys.Should().BeSubsetOf(tables.Select(t => t.Table), "an exemption for a table that no longer exists is stale");
    }
}
