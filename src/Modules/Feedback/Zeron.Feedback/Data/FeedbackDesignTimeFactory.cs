using Zeron.SharedKernel.Persistence;

namespace Zeron.Feedback.Data;

internal sealed class FeedbackDesignTimeFactory() : ModuleDesignTimeFactory<FeedbackDbContext>(FeedbackDbContext.Schema);
