namespace ToyRec.Neural;

/// <summary>
/// Checked reads of the co-purchase model's payload: every count is checked against the bytes still unread before
/// anything is allocated for it, so a damaged or foreign payload fails with the count it claimed rather than an
/// allocation error. Messages name the value only ("12345678 label names"); <see cref="CoPurchaseModel.Load"/>
/// adds the file.
/// </summary>
internal static class PayloadReader
{
    /// <summary>The bytes between the reader's position and the end of the payload.</summary>
    public static long Left(BinaryReader reader) => reader.BaseStream.Length - reader.BaseStream.Position;

    /// <summary>Reads a count of items that take at least <paramref name="bytesEach"/> bytes each.</summary>
    public static int Count(BinaryReader reader, string what, int bytesEach)
    {
        int count = reader.ReadInt32();
        if (count < 0 || (long)count * bytesEach > Left(reader))
            throw new InvalidDataException($"{count} {what}");
        return count;
    }

    /// <summary>Reads a size that must be from 1 to <paramref name="most"/>.</summary>
    public static int Size(BinaryReader reader, string what, long most)
    {
        int size = reader.ReadInt32();
        if (size < 1 || size > most)
            throw new InvalidDataException($"a {what} of {size}");
        return size;
    }

    /// <summary>Reads a CSR matrix over <paramref name="columns"/> columns, checking offsets and indices.</summary>
    public static SparseRows Rows(BinaryReader reader, int columns, string what)
    {
        var offsets = CoPurchaseNetwork.ReadInts(reader);
        var indices = CoPurchaseNetwork.ReadInts(reader);
        var values = CoPurchaseNetwork.ReadFloats(reader);
        bool ordered = offsets.Length > 0 && offsets[0] == 0 && offsets[^1] == indices.Length
            && indices.Length == values.Length;
        for (int r = 1; ordered && r < offsets.Length; r++)
            ordered = offsets[r] >= offsets[r - 1];
        if (!ordered)
        {
            throw new InvalidDataException($"{what} with {offsets.Length} offsets, {indices.Length} indices and " +
                $"{values.Length} values");
        }

        foreach (int index in indices)
        {
            if ((uint)index >= (uint)columns)
                throw new InvalidDataException($"{what} with word {index} of a vocabulary of {columns}");
        }

        return new SparseRows(columns, offsets, indices, values);
    }
}
