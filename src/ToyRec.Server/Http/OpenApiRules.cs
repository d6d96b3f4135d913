using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ToyRec.Server.Http;

/// <summary>
/// Writes what the checks enforce into the OpenAPI document, from the same <see cref="RequestField"/> lists: the
/// ranges, lengths and allowed values of body fields and query parameters, and required body fields as
/// non-nullable (the checks refuse null for each). Query parameters arrive as strings so that a bad one gets the
/// API's own message; here they get the type they are parsed as. A handler that binds a query parameter its
/// <see cref="QueryEndpointExtensions.WithQuery"/> list lacks, or the reverse, fails the document, so the list
/// that requests are checked against cannot drift from what the handler reads.
/// </summary>
public sealed class OpenApiRules : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (context.JsonPropertyInfo is not null || !typeof(IRequestBody).IsAssignableFrom(type) ||
            schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        var fields = (IReadOnlyList<RequestField>)type
            .GetProperty(nameof(IRequestBody.Fields), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        foreach (var (name, property) in schema.Properties)
        {
            var field = fields.FirstOrDefault(f => f.Name == name) ?? throw new InvalidOperationException(
                $"{type.Name}.Fields has no field '{name}', which the serializer writes.");
            if (property is not OpenApiSchema propertySchema)
                continue;
            Apply(propertySchema, field);
            propertySchema.Description ??= field.Expects;
            if (schema.Required?.Contains(name) == true)
                propertySchema.Type &= ~JsonSchemaType.Null;
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        string where = $"{context.Description.HttpMethod} /{context.Description.RelativePath}";
        var accepted = metadata.OfType<AcceptedQuery>().LastOrDefault() ??
            throw new InvalidOperationException($"{where} does not declare its query parameters (WithQuery).");
        var parameters = operation.Parameters?.OfType<OpenApiParameter>().ToList() ?? [];
        var query = parameters.Where(p => p.In == ParameterLocation.Query).ToList();
        if (!query.Select(p => p.Name).SequenceEqual(accepted.Parameters.Select(f => f.Name)))
        {
            throw new InvalidOperationException($"{where} binds the query parameters " +
                $"[{string.Join(", ", query.Select(p => p.Name))}] but WithQuery lists " +
                $"[{string.Join(", ", accepted.Parameters.Select(f => f.Name))}].");
        }

        foreach (var parameter in query)
        {
            var field = accepted.Parameters.First(f => f.Name == parameter.Name);
            var schema = new OpenApiSchema { Type = field.Type };
            if (field.IsArray)
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
            Apply(schema, field);
            parameter.Schema = schema;
            parameter.Description ??= field.Expects;
        }

        foreach (var rule in metadata.OfType<PathRule>())
        {
            var parameter = parameters.FirstOrDefault(p => p.In == ParameterLocation.Path &&
                p.Name == rule.Parameter.Name);
            if (parameter?.Schema is OpenApiSchema schema)
            {
                Apply(schema, rule.Parameter);
                parameter.Description ??= rule.Parameter.Expects;
            }
        }

        return Task.CompletedTask;
    }

    private static void Apply(OpenApiSchema schema, RequestField field)
    {
        if (field.Minimum is { } minimum)
            schema.Minimum = Number(minimum);
        if (field.ExclusiveMinimum is { } above)
            schema.ExclusiveMinimum = Number(above);
        if (field.Maximum is { } maximum)
            schema.Maximum = Number(maximum);
        schema.MinLength = field.MinLength ?? schema.MinLength;
        schema.MaxLength = field.MaxLength ?? schema.MaxLength;
        schema.MaxItems = field.MaxItems ?? schema.MaxItems;
        schema.Pattern = field.Pattern ?? schema.Pattern;
        if (field.OneOf.Count > 0)
            schema.Enum = field.OneOf.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        if (field.Default is { } value)
            schema.Default = value.DeepClone();
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
