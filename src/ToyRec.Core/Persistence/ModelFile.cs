using System.Security.Cryptography;
using System.Text;

namespace ToyRec.Persistence;

/// <summary>
/// The container every saved model uses: a magic number, the model's kind and format version, the payload's
/// length and its SHA-256, then the payload. Loading checks all four, so a file of another model, of another
/// version, cut short, altered or with bytes left over fails with a message saying which.
/// </summary>
public static class ModelFile
{
    private const uint Magic = 0x52594F54; // "TOYR" little-endian.

    /// <summary>Writes a model file; the payload is produced by <paramref name="write"/>.</summary>
    public static void Save(string path, string kind, int version, Action<BinaryWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(write);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
            write(writer);
        byte[] bytes = payload.ToArray();
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        // A temporary name of its own, so that two runs saving at once cannot write into one file; the move then
        // replaces the model whole, and a reader never sees half of one.
        string temporary = Path.Combine(folder ?? ".", $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                file.Write(Magic);
                file.Write(kind);
                file.Write(version);
                file.Write((long)bytes.Length);
                file.Write(SHA256.HashData(bytes));
                file.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads a model file written by <see cref="Save"/> for the same kind and version.</summary>
    /// <exception cref="FileNotFoundException">No file at the path.</exception>
    /// <exception cref="InvalidDataException">Not a model file, another kind or version, or damaged.</exception>
    public static T Load<T>(string path, string kind, int version, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        byte[] bytes = Payload(path, kind, version);
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        T model = read(reader);
        long unread = bytes.Length - reader.BaseStream.Position;
        if (unread != 0)
        {
            throw new InvalidDataException(
                $"'{path}' is not a plausible {kind} model: {unread} bytes of its payload were not read.");
        }

        return model;
    }

    /// <summary>
    /// Checks the container of a model file (magic number, kind, version, length and checksum) without reading the
    /// model, so that a command can refuse a damaged file before it starts long work.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a model file, another kind or version, or damaged.</exception>
    public static void Verify(string path, string kind, int version) => Payload(path, kind, version);

    // The checked payload of a model file.
    private static byte[] Payload(string path, string kind, int version)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Model file '{path}' does not exist; run 'toyrec train' first.", path);
        byte[] bytes;
        using (var file = new BinaryReader(File.OpenRead(path), Encoding.UTF8))
        {
            try
            {
                if (file.ReadUInt32() != Magic)
                    throw new InvalidDataException($"'{path}' is not a ToyRec model file.");
                string foundKind = file.ReadString();
                int foundVersion = file.ReadInt32();
                if (foundKind != kind)
                    throw new InvalidDataException($"'{path}' holds a '{foundKind}' model; expected '{kind}'.");
                if (foundVersion != version)
                {
                    throw new InvalidDataException($"'{path}' is a {kind} model of format version {foundVersion}; " +
                        $"this ToyRec reads version {version}. Run 'toyrec train' again.");
                }

                long length = file.ReadInt64();
                byte[] checksum = file.ReadBytes(32);
                long left = file.BaseStream.Length - file.BaseStream.Position;
                if (length < 0 || length > left)
                    throw new InvalidDataException($"'{path}' is cut short: its payload is incomplete.");
                if (length < left)
                {
                    throw new InvalidDataException(
                        $"'{path}' is damaged: it has {left - length} bytes after its payload.");
                }

                if (length > Array.MaxLength)
                {
                    throw new InvalidDataException(
                        $"'{path}' has a payload of {length} bytes, more than ToyRec reads.");
                }

                bytes = file.ReadBytes((int)length);
                if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(checksum))
                    throw new InvalidDataException($"'{path}' is damaged: its checksum does not match its content.");
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException($"'{path}' is cut short: it ends inside the header.", e);
            }
        }

        return bytes;
    }
}
