using System.Text;

namespace ToyRec.Catalog;

/// <summary>
/// Splits RFC 4180 text into records: comma-separated fields, fields in double quotes may hold commas, line
/// breaks and doubled quotes. Each record carries the physical lines it starts and ends on, so errors can point
/// at the file. Blank (or white-space only) lines between records are skipped and counted.
/// </summary>
/// <remarks>
/// The reader does not stop at what RFC 4180 forbids; it flags it on the record so the caller can count it: a
/// quote inside an unquoted field is kept as a character, text after a closing quote is kept and flagged, and an
/// unclosed quote runs to the end of the input and is flagged.
/// </remarks>
public sealed class CsvRecordReader
{
    private readonly string _text;
    private int _position;
    private int _line = 1;

    /// <summary>Creates a reader over the whole text of a file.</summary>
    public CsvRecordReader(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        if (_text.Length > 0 && _text[0] == '\uFEFF')
            _position = 1;
    }

    /// <summary>How many blank lines were skipped between records.</summary>
    public int BlankLinesSkipped { get; private set; }

    /// <summary>Reads every remaining record.</summary>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (TryRead(out var record))
            yield return record;
    }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool TryRead(out CsvRecord record)
    {
        SkipBlankLines();
        if (_position >= _text.Length)
        {
            record = null!;
            return false;
        }

        int startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool unclosed = false, textAfterQuote = false;
        int endLine;
        while (true)
        {
            field.Clear();
            bool endOfRecord = ReadField(field, ref unclosed, ref textAfterQuote, out endLine);
            fields.Add(field.ToString());
            if (endOfRecord)
                break;
        }

        record = new CsvRecord(startLine, fields, unclosed, endLine, textAfterQuote);
        return true;
    }

    private void SkipBlankLines()
    {
        while (_position < _text.Length)
        {
            int end = _position;
            while (end < _text.Length && _text[end] is ' ' or '\t')
                end++;
            if (end >= _text.Length)
            {
                _position = end;
                BlankLinesSkipped++;
                return;
            }

            int length = LineBreakLength(end);
            if (length == 0)
                return;
            _position = end + length;
            _line++;
            BlankLinesSkipped++;
        }
    }

    // Reads one field into the builder and consumes its terminator; returns true when the record ended.
    private bool ReadField(StringBuilder field, ref bool unclosed, ref bool textAfterQuote, out int endLine)
    {
        bool quoted = false;
        if (_position < _text.Length && _text[_position] == '"')
        {
            _position++;
            quoted = true;
            if (!ReadQuotedPart(field))
            {
                unclosed = true;
                endLine = _text.EndsWith('\n') || _text.EndsWith('\r') ? _line - 1 : _line;
                return true;
            }
        }

        while (_position < _text.Length)
        {
            char c = _text[_position];
            endLine = _line;
            if (c == ',')
            {
                _position++;
                return false;
            }

            int breakLength = LineBreakLength(_position);
            if (breakLength > 0)
            {
                _position += breakLength;
                _line++;
                return true;
            }

            textAfterQuote |= quoted;
            field.Append(c);
            _position++;
        }

        endLine = _line;
        return true;
    }

    // Reads up to and including the closing quote; false if the input ended first.
    private bool ReadQuotedPart(StringBuilder field)
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == '"')
            {
                if (_position + 1 < _text.Length && _text[_position + 1] == '"')
                {
                    field.Append('"');
                    _position += 2;
                    continue;
                }

                _position++;
                return true;
            }

            if (c == '\n')
                _line++;
            else if (c == '\r' && (_position + 1 >= _text.Length || _text[_position + 1] != '\n'))
                _line++;
            field.Append(c);
            _position++;
        }

        return false;
    }

    private int LineBreakLength(int at)
    {
        if (at >= _text.Length)
            return 0;
        if (_text[at] == '\n')
            return 1;
        if (_text[at] == '\r')
            return at + 1 < _text.Length && _text[at + 1] == '\n' ? 2 : 1;
        return 0;
    }
}
