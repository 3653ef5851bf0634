namespace Zeron.Feedback.Contracts.Items;

/// <summary>
/// The older item of the same project most similar to this one, when its similarity reaches the instance's duplicate
/// threshold (<c>Zeron__Feedback__DuplicateThreshold</c>) and the item is not marked as a duplicate yet.
/// </summary>
public sealed record PossibleDuplicateDto(Guid Id, double Similarity);
