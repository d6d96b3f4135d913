using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ToyRec.Server.Tests;

/// <summary>Small helpers for reading the API's JSON answers in assertions.</summary>
internal static class Api
{
    public static async Task<JsonElement> GetJson(this HttpClient client, string url,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await Read(response, expected);
    }

    public static async Task<JsonElement> PostJson(this HttpClient client, string url, string json,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(url, content);
        return await Read(response, expected);
    }

    public static async Task<JsonElement> PostEvent(this HttpClient client, string session, string product,
        string type) =>
        await client.PostJson($"/api/sessions/{session}/events",
            JsonSerializer.Serialize(new { productId = product, type }), HttpStatusCode.Created);

    public static async Task<JsonElement> Read(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string[] Ids(this JsonElement list) =>
        list.GetProperty("items").EnumerateArray()
            .Select(i => (i.TryGetProperty("product", out var p) ? p : i).GetProperty("id").GetString()!).ToArray();

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;

    public static Task<JsonElement> Problem(this HttpClient client, string url, HttpStatusCode status) =>
        client.GetJson(url, status);

    public static JsonContent Body(object value) => JsonContent.Create(value);
}
