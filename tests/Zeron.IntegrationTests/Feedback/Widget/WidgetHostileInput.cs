using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>
/// The hostile-input table. Bodies use placeholders: <c>{key}</c> the project's key, <c>{rotated}</c> its key before a
/// rotation, <c>{x:N}</c> N letters, <c>{meta:N}</c> a metadata object of N keys. Content type <c>chunked</c> sends
/// application/json without a length. The expected field is the <c>errors</c> member a 400 must name ("" for none).
/// </summary>
public static partial class WidgetHostileInput
{
    private const string Json = "application/json";
    private const string Valid = "\"projectKey\":\"{key}\",\"clientId\":\"c1\"";

    public static TheoryData<string, string, string, int, string> Cases => new()
    {
        { "malformed JSON", Json, "{\"projectKey\":\"{key}\",", 400, "" },
        { "wrong type for clientId", Json, "{\"projectKey\":\"{key}\",\"clientId\":123,\"message\":\"hi\"}", 400, "" },
        { "wrong type for message", Json, "{" + Valid + ",\"message\":[\"hi\"]}", 400, "" },
        { "array instead of object", Json, "[1,2,3]", 400, "" },
        { "JSON null", Json, "null", 400, "" },
        { "empty body", Json, "", 400, "" },
        { "1 MB body", Json, "{" + Valid + ",\"message\":\"{x:1048576}\"}", 413, "" },
        { "33 KB body", Json, "{" + Valid + ",\"message\":\"{x:33792}\"}", 413, "" },
        { "40 KB chunked body", "chunked", "{" + Valid + ",\"message\":\"{x:40960}\"}", 413, "" },
        { "NUL in message", Json, "{" + Valid + ",\"message\":\"a\\u0000b\"}", 400, "message" },
        { "NUL in email", Json, "{" + Valid + ",\"message\":\"hi\",\"email\":\"a\\u0000@example.com\"}", 400, "email" },
        { "NUL in pageUrl", Json, "{" + Valid + ",\"message\":\"hi\",\"pageUrl\":\"https://a.example/\\u0000\"}", 400, "pageUrl" },
        { "NUL in category", Json, "{" + Valid + ",\"message\":\"hi\",\"category\":\"bug\\u0000\"}", 400, "category" },
        { "NUL in a metadata value", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{\"a\":\"\\u0000\"}}", 400, "metadata" },
        { "NUL in a metadata key", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{\"a\\u0000\":1}}", 400, "metadata" },
        { "lone surrogate in message", Json, "{" + Valid + ",\"message\":\"\\ud800\"}", 400, "" },
        { "lone surrogate in metadata", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{\"a\":\"\\udfff\"}}", 400, "metadata" },
        { "10 000-character message", Json, "{" + Valid + ",\"message\":\"{x:10000}\"}", 400, "message" },
        { "empty message", Json, "{" + Valid + ",\"message\":\"\"}", 400, "message" },
        { "missing message", Json, "{" + Valid + "}", 400, "message" },
        { "missing clientId", Json, "{\"projectKey\":\"{key}\",\"message\":\"hi\"}", 400, "clientId" },
        { "clientId with spaces and slashes", Json, "{\"projectKey\":\"{key}\",\"clientId\":\"a b/c\",\"message\":\"hi\"}", 400, "clientId" },
        { "clientId of 101 characters", Json, "{\"projectKey\":\"{key}\",\"clientId\":\"{x:101}\",\"message\":\"hi\"}", 400, "clientId" },
        { "51 metadata keys", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{meta:51}}", 400, "metadata" },
        { "metadata nested three deep", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{\"a\":{\"b\":{\"c\":1}}}}", 400, "metadata" },
        { "metadata that is not an object", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":[1]}", 400, "metadata" },
        { "metadata string over 500", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{\"a\":\"{x:501}\"}}", 400, "metadata" },
        { "metadata number beyond double", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{\"a\":1e999999}}", 400, "metadata" },
        { "metadata anonymousId not a string", Json, "{" + Valid + ",\"message\":\"hi\",\"metadata\":{\"anonymousId\":{\"x\":1}}}", 400, "metadata" },
        { "invalid email", Json, "{" + Valid + ",\"message\":\"hi\",\"email\":\"not-an-email\"}", 400, "email" },
        { "email over 254", Json, "{" + Valid + ",\"message\":\"hi\",\"email\":\"{x:250}@example.com\"}", 400, "email" },
        { "javascript: page URL", Json, "{" + Valid + ",\"message\":\"hi\",\"pageUrl\":\"javascript:alert(1)\"}", 400, "pageUrl" },
        { "page URL over 2048", Json, "{" + Valid + ",\"message\":\"hi\",\"pageUrl\":\"https://a.example/{x:2048}\"}", 400, "pageUrl" },
        { "unknown key", Json, "{\"projectKey\":\"pk_AAAAAAAAAAAAAAAAAAAAAAAA\",\"clientId\":\"c1\",\"message\":\"hi\"}", 404, "" },
        { "malformed key", Json, "{\"projectKey\":\"pk_\\u0000'; DROP TABLE x;--\",\"clientId\":\"c1\",\"message\":\"hi\"}", 404, "" },
        { "rotated key", Json, "{\"projectKey\":\"{rotated}\",\"clientId\":\"c1\",\"message\":\"hi\"}", 404, "" },
        { "text/plain", "text/plain", "{" + Valid + ",\"message\":\"hi\"}", 415, "" },
        { "form post", "application/x-www-form-urlencoded", "projectKey={key}&clientId=c1&message=hi", 415, "" },
    };

    public static string Expand(string template, string key) =>
        Placeholder().Replace(template.Replace("{key}", key, StringComparison.Ordinal).Replace("{rotated}", key, StringComparison.Ordinal), m =>
            m.Groups[1].Value == "x"
                ? new string('x', int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
                : "{" + string.Join(",", Enumerable.Range(0, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).Select(i => $"\"k{i}\":{i}")) + "}");

    /// <summary>Content whose length is not known up front, so HttpClient sends it chunked.</summary>
    public sealed class ChunkedJson(string json) : HttpContent
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(json);

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [GeneratedRegex(@"\{(x|meta):(\d+)\}")]
    private static partial Regex Placeholder();
}
