using ToyRec.Personal;

namespace ToyRec.Core.Tests.Personal;

public sealed class InteractionLogReaderTests
{
    [Fact]
    public void ReadSequential_Lines_MapsUsersAndItemsInOrderOfAppearance()
    {
        const string text = """
            u1 10 20 30

            u2 20 40
            """;
        var log = new InteractionLogReader().ReadSequential(new StringReader(text), "log.txt");

        Assert.Equal(["u1", "u2"], log.UserIds);
        Assert.Equal(["10", "20", "30", "40"], log.ItemIds);
        Assert.Equal([0, 1, 2], log.Sequences[0]);
        Assert.Equal([1, 3], log.Sequences[1]);
        Assert.Equal(5, log.InteractionCount);
        Assert.Equal(1, log.Report.BlankLines);
        Assert.Equal(2, log.Report.LinesKept);
    }

    [Fact]
    public void ReadFile_ByteThatIsNotUtf8_ThrowsNamingLineAndByte()
    {
        string path = Path.Combine(Path.GetTempPath(), $"toyrec-log-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [.. "u1 10 20\nu2 3"u8, 0xE9, .. "0 40\n"u8]);
        try
        {
            var e = Assert.Throws<InteractionFormatException>(() => new InteractionLogReader().ReadFile(path));

            Assert.Equal($"{path}, line 2: byte 0xE9 at offset 13 is not UTF-8; expected a UTF-8 (or ASCII) text " +
                "file.", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadSequential_BadLines_SkippedAndCountedByReason()
    {
        const string text = """
            u1 10 20 10
            u2
            u1 30
            u3 30
            """;
        var log = new InteractionLogReader().ReadSequential(new StringReader(text), "log.txt");

        Assert.Equal(["u1", "u3"], log.UserIds);
        Assert.Equal([0, 1], log.Sequences[0]);
        Assert.Equal(1, log.Report.RepeatedItemsDropped);
        Assert.Equal(1, log.Report.LinesSkipped[InteractionLogReader.NoItems]);
        Assert.Equal(1, log.Report.LinesSkipped[InteractionLogReader.RepeatedUser]);
        var report = log.Report;
        Assert.Equal(report.LinesRead, report.LinesKept + report.LinesSkipped.Values.Sum());
        Assert.Equal("log.txt, line 2: 'u2' is a user with no items; expected 'user item item ...'.",
            report.Problems[0]);
    }

    [Fact]
    public void ReadSequential_StrictRepeatedItem_ThrowsNamingFileLineAndValue()
    {
        var reader = new InteractionLogReader(strict: true);

        var error = Assert.Throws<InteractionFormatException>(
            () => reader.ReadSequential(new StringReader("u1 10 20\nu2 7 7\n"), "seq.txt"));

        Assert.Equal("seq.txt, line 2: item '7' appears twice for user 'u2'; expected each item once per user.",
            error.Message);
    }

    [Fact]
    public void ReadCsv_HeaderAndTimestamps_OrdersEachUserByTime()
    {
        const string text = """
            user_id,item_id,timestamp
            a,x,300
            b,y,2020-01-02T00:00:00Z
            a,y,100
            a,z,200
            b,x,2020-01-01
            """;
        var log = new InteractionLogReader().ReadCsv(new StringReader(text), "log.csv");

        Assert.Equal(1, log.Report.HeaderLines);
        Assert.Equal(["y", "z", "x"], log.Sequences[0].Select(i => log.ItemIds[i]));
        Assert.Equal(["x", "y"], log.Sequences[1].Select(i => log.ItemIds[i]));
    }

    [Fact]
    public void ReadCsv_NoHeaderNoTimestamp_KeepsFileOrderAndCountsBadLines()
    {
        const string text = """
            a,x
            a,y,5
            ,z
            a,x
            b,z
            """;
        var log = new InteractionLogReader().ReadCsv(new StringReader(text), "log.csv");

        Assert.Equal(0, log.Report.HeaderLines);
        Assert.Equal(["x"], log.Sequences[0].Select(i => log.ItemIds[i]));
        Assert.Equal(1, log.Report.LinesSkipped[InteractionLogReader.WrongFieldCount]);
        Assert.Equal(1, log.Report.LinesSkipped[InteractionLogReader.EmptyId]);
        Assert.Equal(1, log.Report.LinesSkipped[InteractionLogReader.RepeatedItem]);
        Assert.Equal(2, log.Report.LinesKept);
    }

    [Fact]
    public void ReadCsv_HeaderInOtherOrderQuotedIdsAndBlankLine_ReadsByNameAndCountsEveryLine()
    {
        const string text = "item_id,\"user_id\",timestamp\n\"x\",u1,20\n\ny,\"u1\",10\n\"say \"\"hi\"\"\",u2,5\n";
        var log = new InteractionLogReader(strict: true).ReadCsv(new StringReader(text), "log.csv");

        var report = log.Report;
        Assert.Equal(["u1", "u2"], log.UserIds);
        Assert.Equal(["y", "x"], log.Sequences[0].Select(i => log.ItemIds[i]));
        Assert.Equal("say \"hi\"", log.ItemIds[log.Sequences[1][0]]);
        Assert.Equal((5, 3, 1, 1), (report.LinesRead, report.LinesKept, report.HeaderLines, report.BlankLines));
        Assert.Equal(new Dictionary<string, int> { ["blank"] = 1, ["header"] = 1 }, report.LinesSkipped);
        Assert.Equal(report.LinesRead, report.LinesKept + report.LinesSkipped.Values.Sum());
    }

    [Fact]
    public void ReadSequential_BlankLines_CountedAsSkippedWithReasonBlank()
    {
        var log = new InteractionLogReader().ReadSequential(new StringReader("u1 a b\n\n   \nu2 c\n"), "log.txt");

        var report = log.Report;
        Assert.Equal(2, report.LinesSkipped[InteractionLogReader.Blank]);
        Assert.Equal((4, 2), (report.LinesRead, report.LinesKept));
        Assert.Equal(report.LinesRead, report.LinesKept + report.LinesSkipped.Values.Sum());
    }

    [Fact]
    public void ReadFile_Json_ThrowsNamingTheFileAndTheFormats()
    {
        string path = Path.Combine(Path.GetTempPath(), $"toyrec-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"id2user\": {\"1\": \"A\", \"2\": \"B\"}\n}\n");
        try
        {
            var error = Assert.Throws<InteractionFormatException>(() => new InteractionLogReader().ReadFile(path));

            Assert.Equal($"'{path}' starts with '{{', like JSON; expected 'user item item ...' lines " +
                "(sequential.txt) or a user_id,item_id[,timestamp] CSV.", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("2014-11-02", 1414886400)]
    [InlineData("2014-11-02T01:00", 1414890000)]
    [InlineData("2014-11-02 01:00:30", 1414890030)]
    [InlineData("2014-11-02T01:00:30.5Z", 1414890030)]
    [InlineData("2014-11-02T02:00:00+01:00", 1414890000)]
    public void ReadCsv_IsoTimestamps_OrderedByTheirTime(string timestamp, long seconds)
    {
        string text = $"user,item,time\nu1,early,{seconds - 1}\nu1,iso,{timestamp}\nu1,late,{seconds + 1}\n";

        var log = new InteractionLogReader().ReadCsv(new StringReader(text), "log.csv");

        Assert.Equal(["early", "iso", "late"], log.Sequences[0].Select(i => log.ItemIds[i]));
    }

    [Theory]
    [InlineData("02/11/2014")]
    [InlineData("2 Nov 2014")]
    [InlineData("2014/11/02")]
    public void ReadCsv_DatesThatAreNotIso_AreCountedNotGuessed(string timestamp)
    {
        var log = new InteractionLogReader().ReadCsv(new StringReader($"user,item,time\nu1,a,5\nu1,b,{timestamp}\n"),
            "log.csv");

        Assert.Equal(1, log.Report.LinesSkipped[InteractionLogReader.BadTimestamp]);
    }

    [Fact]
    public void ReadCsv_StrictBadTimestamp_ThrowsNamingFileLineAndValue()
    {
        var reader = new InteractionLogReader(strict: true);

        var error = Assert.Throws<InteractionFormatException>(
            () => reader.ReadCsv(new StringReader("user,item,time\nu1,i1,12\nu1,i2,yesterday\n"), "events.csv"));

        Assert.Equal("events.csv, line 3: timestamp 'yesterday' is neither Unix seconds nor an ISO 8601 date.",
            error.Message);
    }

    [Fact]
    public void ReadCsv_NothingUsable_ThrowsEvenWhenLenient()
    {
        var error = Assert.Throws<InteractionFormatException>(
            () => new InteractionLogReader().ReadCsv(new StringReader("user_id,item_id\n"), "empty.csv"));

        Assert.Equal("empty.csv: no interaction in 1 lines; expected the csv format.", error.Message);
    }

    [Fact]
    public void ReadCsv_EveryRowBad_NamesTheFirstBadLineAndValue()
    {
        var error = Assert.Throws<InteractionFormatException>(() => new InteractionLogReader().ReadCsv(
            new StringReader("user_id,item_id,timestamp\nu1,i1,abc\n"), "bad.csv"));

        Assert.Equal("bad.csv: no interaction in 2 lines; expected the csv format. The first skipped: bad.csv, " +
            "line 2: timestamp 'abc' is neither Unix seconds nor an ISO 8601 date.", error.Message);
    }

    [Fact]
    public void ReadFile_SharedToys5Core_HasThePublishedCounts()
    {
        var log = new InteractionLogReader(strict: true).ReadFile(SharedData.Interactions);

        Assert.Equal("sequential", log.Report.Format);
        Assert.Equal(19_412, log.UserCount);
        Assert.Equal(11_924, log.ItemCount);
        Assert.Equal(167_597, log.InteractionCount);
    }
}
