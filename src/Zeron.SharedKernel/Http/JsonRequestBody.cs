namespace Zeron.SharedKernel.Http;

/// <summary>
/// Endpoint metadata for a handler that reads its JSON body itself: the OpenAPI document shows <see cref="Type"/> as
/// the <c>application/json</c> request body. Unlike <c>Accepts&lt;T&gt;()</c> it does not make routing answer other
/// content types with a bare 415 of its own, so the handler answers them, through the endpoint's filters.
/// </summary>
public sealed record JsonRequestBody(Type Type);
