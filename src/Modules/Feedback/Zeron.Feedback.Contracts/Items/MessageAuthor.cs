namespace Zeron.Feedback.Contracts.Items;

public enum MessageAuthor
{
    Submitter,
    Admin,
    Assistant,
}
