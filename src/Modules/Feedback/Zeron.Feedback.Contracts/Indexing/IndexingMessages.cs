using Mediator;
using Zeron.SharedKernel.Results;

namespace Zeron.Feedback.Contracts.Indexing;

/// <summary>
/// How far a project's feedback is embedded: <paramref name="Embedded"/> of <paramref name="Total"/> items have a
/// vector of the current <paramref name="Model"/> (null when embeddings are off); the rest are new or stale.
/// </summary>
public sealed record IndexProgressDto(int Total, int Embedded, string? Model);

public sealed record GetIndexProgressQuery(Guid OrganizationId, Guid ProjectId) : IQuery<Result<IndexProgressDto>>;

/// <summary>Queues the embedding of every item of the project that has no vector of the current model; answers the progress so far.</summary>
public sealed record ReindexFeedbackCommand(Guid OrganizationId, Guid ProjectId) : ICommand<Result<IndexProgressDto>>;
