using Zeron.SharedKernel.Results;

namespace Zeron.Integrations.Connections;

internal static class ConnectionErrors
{
    public static readonly Error NotFound = Error.NotFound("connection.not_found", "Connection not found.");

    public static readonly Error SecretUnreadable = Error.Conflict("connection.secret_unreadable",
        "The connection's secret cannot be decrypted (Zeron's encryption keys changed): rotate it.");

    public static Error WrongKind(string wanted, string actual) =>
        Error.Validation("connection.wrong_kind", $"This is a {actual} connection, not a {wanted} one.");

    public static Error NameTaken(string name) =>
        Error.Conflict("connection.name_taken", $"This organization already has a connection named '{name}'.");
}
