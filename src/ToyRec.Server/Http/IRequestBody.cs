namespace ToyRec.Server.Http;

/// <summary>
/// A JSON request body that <see cref="JsonBody"/> reads: its fields, so that an unknown field can be answered
/// with the list of known ones and a value of the wrong type with what the field takes.
/// </summary>
public interface IRequestBody
{
    /// <summary>Every field of the body, in the order the schema lists them.</summary>
    static abstract IReadOnlyList<RequestField> Fields { get; }
}
