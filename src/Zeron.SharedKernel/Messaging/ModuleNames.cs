namespace Zeron.SharedKernel.Messaging;

/// <summary>Derives the owning module from a type or logger category: <c>Zeron.Accounts.Contracts.X</c> → <c>Accounts</c>.</summary>
public static class ModuleNames
{
    /// <summary>Every module, as <c>src/Modules/</c> holds them (an architecture test compares the two).</summary>
    public static readonly IReadOnlyList<string> All = ["Accounts", "Feedback", "Orchestration", "Analytics", "Integrations"];

    private static readonly string[] Known = [.. All];

    public static string Of(Type type) => OfName(type.FullName ?? type.Name);

    public static string OfName(string qualifiedName)
    {
        var parts = qualifiedName.Split('.', 3);
        if (parts.Length >= 2 && parts[0] == "Zeron" && Array.IndexOf(Known, parts[1]) >= 0)
        {
            return parts[1];
        }

        return "Host";
    }
}
