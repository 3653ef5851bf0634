using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections;

internal static class ConnectionErrors
{
    public static readonly Error NotFound = Error.NotFound("connection.not_found", "Connection not found.");

    public static Error NameTaken(string name) =>
        Error.Conflict("connection.name_taken", $"This organization already has a connection named '{name}'.");
}
