using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

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

    /// <summary>
    /// A GET whose query string reaches the server as written: <see cref="Uri"/>, which HttpClient goes through,
    /// would turn a bad escape such as <c>%ZZ</c> into <c>%25ZZ</c>, a valid one.
    /// </summary>
    public static async Task<JsonElement> GetRaw(this ToyRecFactory factory, string url, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(factory);
        int query = url.IndexOf('?', StringComparison.Ordinal);
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = url[..query];
            c.Request.QueryString = new QueryString(url[query..]);
        });
        string body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.True(context.Response.StatusCode == (int)expected,
            $"expected {(int)expected}, got {context.Response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
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
