using System.Text.Json.Serialization;
using ToyRec.Server.Http;
using ToyRec.Server.Sessions;

namespace ToyRec.Server.Endpoints;

/// <summary>The body of <c>POST /api/sessions/{sessionId}/events</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record EventRequest(string? ProductId, string? Type) : IRequestBody
{
    public static IReadOnlyList<RequestField> Fields { get; } =
    [
        RequestField.Text("productId", "the id of a catalogue product (a string)", minLength: 1),
        RequestField.Text("type", $"one of {string.Join(", ", EventType.All)} (a string)") with
        {
            OneOf = EventType.All,
        },
    ];
}
