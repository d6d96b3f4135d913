using ToyRec.Catalog;

namespace ToyRec.Core.Tests.Catalog;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void ReadAll_QuotedMultiLineField_KeepsTextAndCountsPhysicalLines()
    {
        const string text = "a,b\n1,\"two\nlines, with comma\"\n3,\"say \"\"hi\"\"\"\n";
        var records = new CsvRecordReader(text).ReadAll().ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("two\nlines, with comma", records[1].Fields[1]);
        Assert.Equal(4, records[2].Line);
        Assert.Equal("say \"hi\"", records[2].Fields[1]);
    }

    [Fact]
    public void ReadAll_CrLfAndBlankLines_AreHandled()
    {
        var reader = new CsvRecordReader("a,b\r\n\r\n1,2\r\n");
        var records = reader.ReadAll().ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(["1", "2"], records[1].Fields);
        Assert.Equal(1, reader.BlankLinesSkipped);
    }

    [Fact]
    public void ReadAll_UnclosedQuote_RunsToEndAsOneFlaggedRecord()
    {
        var records = new CsvRecordReader("a,b\n1,\"open\n2,3\n4,5\n").ReadAll().ToList();

        Assert.Equal(2, records.Count);
        Assert.True(records[1].HasUnclosedQuote);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("open\n2,3\n4,5\n", records[1].Fields[1]);
    }

    [Fact]
    public void ReadAll_EmptyFieldsAndByteOrderMark_ReadAsEmptyStrings()
    {
        var records = new CsvRecordReader("\uFEFFa,b,c\n,,\n").ReadAll().ToList();

        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["", "", ""], records[1].Fields);
    }
}
