namespace ToyRec.Neural;

/// <summary>Saving and loading a trained network (the payload of a <c>ModelFile</c>).</summary>
public sealed partial class CoPurchaseNetwork
{
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
    /// <exception cref="InvalidDataException">The payload does not describe a network of this layout.</exception>
    public static CoPurchaseNetwork Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sizes = new int[9];
        for (int i = 0; i < sizes.Length; i++)
            sizes[i] = reader.ReadInt32();
        var hidden = new int[reader.ReadInt32()];
        for (int i = 0; i < hidden.Length; i++)
            hidden[i] = reader.ReadInt32();
        var shape = new NetworkShape(sizes[0], sizes[1], sizes[2], sizes[3], sizes[4], sizes[5], sizes[6], sizes[7],
            sizes[8], hidden, reader.ReadSingle(), reader.ReadSingle());
        var labelText = new SparseRows(shape.Vocabulary, ReadInts(reader), ReadInts(reader), ReadFloats(reader));
        var network = new CoPurchaseNetwork(shape, labelText, seed: 0);
        foreach (var parameter in network.Parameters)
        {
            string name = reader.ReadString();
            var values = ReadFloats(reader);
            if (name != parameter.Name || values.Length != parameter.Value.Length)
            {
                throw new InvalidDataException($"Saved parameter '{name}' with {values.Length} values does not fit " +
                    $"'{parameter.Name}' with {parameter.Value.Length}.");
            }

            values.CopyTo(parameter.Value, 0);
        }

        return network;
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
        var values = new int[reader.ReadInt32()];
        for (int i = 0; i < values.Length; i++)
            values[i] = reader.ReadInt32();
        return values;
    }

    internal static float[] ReadFloats(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || (long)count * 4 > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException($"A stored array claims {count} floats, more than the file holds.");
        var values = new float[count];
        int read = reader.Read(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        if (read != count * 4)
            throw new InvalidDataException($"A stored array of {count} floats is cut short.");
        return values;
    }
}
