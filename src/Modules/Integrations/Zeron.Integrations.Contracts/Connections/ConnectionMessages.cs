using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Contracts.Connections;

/// <summary>
/// An organization's connection to an outside service (kinds <c>anthropic</c>, <c>openai</c>, <c>jira</c>, <c>github</c>).
/// Its secret is write-only: no DTO carries it. The address is <see cref="BaseUrl"/>, or for <c>github</c>
/// <see cref="ApiUrl"/> (the other is null); <see cref="Email"/> is Jira's account; <see cref="Model"/> is null when
/// the kind's default model is used (and for kinds without models).
/// </summary>
public sealed record ConnectionDto(Guid Id, string Kind, string Name, string? BaseUrl, string? ApiUrl, string? Email, string? Model,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ConnectionListDto(IReadOnlyList<ConnectionDto> Items);

/// <summary>One step of a check (<c>address</c>, <c>reach</c>, <c>key</c>, <c>model</c>): a plain reason, never the secret.</summary>
public sealed record ConnectionCheckStepDto(string Name, bool Ok, string Detail);

public sealed record ConnectionCheckDto(bool Ok, IReadOnlyList<ConnectionCheckStepDto> Checks);

public sealed record ListConnectionsQuery(Guid OrganizationId) : IQuery<ConnectionListDto>;

public sealed record GetConnectionQuery(Guid OrganizationId, Guid ConnectionId) : IQuery<Result<ConnectionDto>>;

/// <summary>
/// A new connection; <see cref="BaseUrl"/> and <see cref="Model"/> null for the kind's defaults. Each kind reads its own
/// fields: the secret is <see cref="ApiKey"/> (anthropic, openai), <see cref="ApiToken"/> (jira, with <see cref="Email"/>)
/// or <see cref="Token"/> (github); the address <see cref="BaseUrl"/>, or <see cref="ApiUrl"/> for github.
/// </summary>
public sealed record CreateConnectionCommand(Guid OrganizationId, string Kind, string Name, string? ApiKey, string? BaseUrl, string? Model,
    string? Email = null, string? ApiToken = null, string? ApiUrl = null, string? Token = null)
    : ICommand<Result<ConnectionDto>>
{
    /// <summary>Without the secrets: a message printed in a log or an exception never shows them.</summary>
    public override string ToString() => $"{nameof(CreateConnectionCommand)} {{ OrganizationId = {OrganizationId}, Kind = {Kind}, Name = {Name} }}";
}

/// <summary>
/// Partial update: a null field keeps its value; an empty <see cref="BaseUrl"/> or <see cref="Model"/> goes back to the
/// kind's default; <see cref="ApiKey"/> rotates the secret, and a changed base URL needs it (a stored secret never goes to a new address).
/// </summary>
public sealed record UpdateConnectionCommand(Guid OrganizationId, Guid ConnectionId, string? Name, string? BaseUrl, string? Model, string? ApiKey,
    string? Email = null, string? ApiToken = null, string? ApiUrl = null, string? Token = null)
    : ICommand<Result<ConnectionDto>>
{
    public override string ToString() => $"{nameof(UpdateConnectionCommand)} {{ OrganizationId = {OrganizationId}, ConnectionId = {ConnectionId}, Name = {Name} }}";
}

public sealed record DeleteConnectionCommand(Guid OrganizationId, Guid ConnectionId) : ICommand<Result<bool>>;

/// <summary>Calls the service with the stored secret (through the outbound guard) and reports each step.</summary>
public sealed record CheckConnectionCommand(Guid OrganizationId, Guid ConnectionId) : ICommand<Result<ConnectionCheckDto>>;

/// <summary>
/// A kind of connection clients may create, with the defaults a connection of it gets (no default base URL: it is
/// required) and the names of the fields it reads (<c>apiKey</c>/<c>apiToken</c>/<c>token</c>, <c>baseUrl</c>/<c>apiUrl</c>, <c>email</c>).
/// </summary>
public sealed record ConnectionKindDto(string Name, string Title, string? DefaultBaseUrl, string? DefaultModel, string SecretField, string UrlField, bool NeedsEmail);

public sealed record ListConnectionKindsQuery : IQuery<IReadOnlyList<ConnectionKindDto>>;
