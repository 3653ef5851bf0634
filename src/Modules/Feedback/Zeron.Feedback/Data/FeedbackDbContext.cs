using Microsoft.EntityFrameworkCore;
using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Data;

/// <summary>Schema <c>feedback</c>: owned by the Feedback module alone.</summary>
internal sealed class FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "feedback";
}
