namespace ToyRec.Server.Http;

/// <summary>A client's text as a message quotes it: cut to <see cref="MaxLength"/> characters and "…".</summary>
internal static class ShownText
{
    public const int MaxLength = 40;

    public static string Of(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
