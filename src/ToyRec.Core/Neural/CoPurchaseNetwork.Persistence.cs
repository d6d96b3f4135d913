namespace ToyRec.Neural;

/// <summary>Saving and loading a trained network (the payload of a <c>ModelFile</c>).</summary>
public sealed partial class CoPurchaseNetwork
{
    // More hidden layers than anyone trains: a larger count in a file means the file is not a model.
    private const int MostHiddenLayers = 64;

    /// <summary>Writes the shape, the label texts and every parameter's values.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var s = Shape;
        foreach (int value in new[] { s.Vocabulary, s.Categories, s.TopLevels, s.Manufacturers, s.Numeric,
            s.TextDimension, s.CategoryDimension, s.TopLevelDimension, s.ManufacturerDimension })
        {
            writer.Write(value);
        }

        writer.Write(s.HiddenLayers.Count);
        foreach (int width in s.HiddenLayers)
            writer.Write(width);
        writer.Write(s.DropoutRate);
        writer.Write(s.MatchWeight);
        WriteInts(writer, LabelText.Offsets);
        WriteInts(writer, LabelText.Indices);
        WriteFloats(writer, LabelText.Values);
        foreach (var parameter in Parameters)
        {
            writer.Write(parameter.Name);
            WriteFloats(writer, parameter.Value);
        }
    }

    /// <summary>Reads a network written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The payload does not describe a network of this layout, or claims
    /// more weights than it holds.</exception>
    public static CoPurchaseNetwork Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[] names = ["vocabulary", "category count", "top-level count", "manufacturer count", "numeric width",
            "text width", "category width", "top-level width", "manufacturer width"];
        long most = PayloadReader.Left(reader) / sizeof(float);
        var sizes = names.Select(name => PayloadReader.Size(reader, name, most)).ToArray();
        var hidden = new int[PayloadReader.Count(reader, "hidden layers", sizeof(int))];
        if (hidden.Length is 0 or > MostHiddenLayers)
            throw new InvalidDataException($"{hidden.Length} hidden layers");
        for (int i = 0; i < hidden.Length; i++)
            hidden[i] = PayloadReader.Size(reader, "hidden width", most);
        float dropout = reader.ReadSingle(), matchWeight = reader.ReadSingle();
        if (!(dropout is >= 0 and < 1) || !float.IsFinite(matchWeight))
            throw new InvalidDataException($"a dropout rate of {dropout} with a match weight of {matchWeight}");
        var shape = new NetworkShape(sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], sizes[5], sizes[6], sizes[7],
            sizes[8], hidden, dropout, matchWeight);
        var labelText = PayloadReader.Rows(reader, shape.Vocabulary, "label texts");
        long weights = WeightCount(shape, labelText.Rows);
        if (labelText.Rows == 0 || weights * sizeof(float) > PayloadReader.Left(reader))
        {
            throw new InvalidDataException($"a network of {weights} weights for {labelText.Rows} labels in " +
                $"{PayloadReader.Left(reader)} bytes");
        }

        var network = new CoPurchaseNetwork(shape, labelText, seed: 0);
        foreach (var parameter in network.Parameters)
        {
            string name = reader.ReadString();
            var values = ReadFloats(reader);
            if (name != parameter.Name || values.Length != parameter.Value.Length)
            {
                throw new InvalidDataException($"a saved parameter '{name}' with {values.Length} values for " +
                    $"'{parameter.Name}' with {parameter.Value.Length}");
            }

            values.CopyTo(parameter.Value, 0);
        }

        return network;
    }

    // Every weight of the layers that the constructor allocates, to be checked against the payload first.
    private static long WeightCount(NetworkShape s, long labels)
    {
        long count = ((long)s.Vocabulary + 1) * s.TextDimension + ((long)s.Categories * s.CategoryDimension)
            + ((long)s.TopLevels * s.TopLevelDimension) + ((long)s.Manufacturers * s.ManufacturerDimension);
        long width = (long)s.TextDimension + s.CategoryDimension + s.TopLevelDimension + s.ManufacturerDimension
            + s.Numeric;
        foreach (int layer in s.HiddenLayers)
        {
            count += (width + 1) * layer;
            width = layer;
        }

        return count + ((labels + s.Vocabulary) * width) + labels + s.Vocabulary;
    }

    internal static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (int value in values)
            writer.Write(value);
    }

    internal static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    internal static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[PayloadReader.Count(reader, "whole numbers in a stored array", sizeof(int))];
        for (int i = 0; i < values.Length; i++)
            values[i] = reader.ReadInt32();
        return values;
    }

    internal static float[] ReadFloats(BinaryReader reader)
    {
        var values = new float[PayloadReader.Count(reader, "numbers in a stored array", sizeof(float))];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
