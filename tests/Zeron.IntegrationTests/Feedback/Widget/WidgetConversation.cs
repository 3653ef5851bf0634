using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Zeron.Tests.Shared;

namespace Zeron.IntegrationTests.Feedback.Widget;

/// <summary>A conversation opened by a submission: its id and token as the widget received them.</summary>
public sealed record WidgetConversation(Guid Id, string Token)
{
    public string Path => $"/api/widget/v1/conversations/{Id}?token={Token}";

    public string MessagesPath => $"/api/widget/v1/conversations/{Id}/messages?token={Token}";

    public static async Task<WidgetConversation> StartAsync(HttpClient client, WidgetProject project, string message = "The checkout button does nothing")
    {
        using var response = await client.SubmitAsync(project.Key, WidgetClient.Body(project.Key, Guid.NewGuid().ToString("N"), message));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Submission failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var body = await response.ReadJsonAsync();
        return new WidgetConversation(body["conversationId"]!.GetValue<Guid>(), body["conversationToken"]!.GetValue<string>());
    }

    /// <summary>The documented derivation, computed independently of the app: base64url(HMAC-SHA256(HKDF(secret), id)).</summary>
    public static string TokenFor(Guid conversationId)
    {
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(ZeronAppFactory.JwtSigningKey), 32,
            salt: [], info: Encoding.UTF8.GetBytes("zeron/widget/conversation-token"));
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, conversationId.ToByteArray(bigEndian: true)));
    }
}
