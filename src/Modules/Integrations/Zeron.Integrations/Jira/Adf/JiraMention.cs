namespace Zeron.Integrations.Jira.Adf;

/// <summary>A person Markdown may mention as <c>@DisplayName</c>; the account id is what ADF's <c>mention</c> node carries.</summary>
internal sealed record JiraMention(string AccountId, string DisplayName);
